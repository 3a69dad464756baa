"""p627-3: formal report UBND tỉnh Kon Tum, EPI 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, TG, AGE, emit

TEXT = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KON TUM                   Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND                Kon Tum, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác tiêm chủng mở rộng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiêm chủng thường xuyên
Trong 9 tháng năm 2024, các đơn vị đã tổ chức 2.376 buổi tiêm chủng tại 102/102 xã, phường, thị trấn. Kết quả một số vắc xin như sau:

Bảng 1. Kết quả tiêm chủng 9 tháng năm 2024
TT | Vắc xin | Kế hoạch năm 2024 (trẻ) | Thực hiện 9 tháng (trẻ) | Tỷ lệ (%)
1 | Tiêm chủng đầy đủ trẻ dưới 1 tuổi | 12.480 | 8.613 | 69,0
2 | Viêm gan B sơ sinh trong 24 giờ | 12.480 | 9.402 | 75,3
3 | DPT-VGB-Hib mũi 3 | 12.480 | 8.870 | 71,1
4 | Sởi - Rubella trẻ 18 tháng | 12.150 | 7.956 | 65,5
5 | DPT mũi 4 trẻ 18 tháng | 12.150 | 7.308 | 60,1

2. Tiêm chủng chiến dịch
Triển khai tiêm vắc xin uốn ván - bạch hầu giảm liều (Td) cho trẻ 7 tuổi tại 10/10 huyện, thành phố; đã tiêm cho 6.842/7.105 trẻ, đạt 96,3%.

3. Giám sát bệnh truyền nhiễm
9 tháng, toàn tỉnh ghi nhận 14 ca bạch hầu, giảm 9 ca so với cùng kỳ năm 2023; 37 ca ho gà, tăng 2,3 lần; không ghi nhận ca sởi xác định.

4. Kinh phí
Tổng kinh phí chi cho công tác tiêm chủng mở rộng 9 tháng là 2.345,6 triệu đồng, đạt 78,2% dự toán năm.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi cả năm 2024 đạt tối thiểu 90%.
2. Dự kiến tổ chức tiêm vét tại 35 xã vùng sâu, vùng xa cho khoảng 1.200 trẻ.

Nơi nhận:
- Bộ Y tế (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
TITLE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    # label, plan anchor, done anchor, rate anchor, plan, done, rate
    ("Tiêm chủng đầy đủ trẻ dưới 1 tuổi", "tuổi | 12.480", "8.613", "69,0", 12480, 8613, 69.0),
    ("Viêm gan B sơ sinh trong 24 giờ", "giờ | 12.480", "9.402", "75,3", 12480, 9402, 75.3),
    ("DPT-VGB-Hib mũi 3", "mũi 3 | 12.480", "8.870", "71,1", 12480, 8870, 71.1),
    ("Sởi - Rubella trẻ 18 tháng", "Rubella trẻ 18 tháng | 12.150", "7.956", "65,5", 12150, 7956, 65.5),
    ("DPT mũi 4 trẻ 18 tháng", "mũi 4 trẻ 18 tháng | 12.150", "7.308", "60,1", 12150, 7308, 60.1),
]

FIGS = [
    F("tổ chức 2.376 buổi", "2.376", 2376, "count", "buổi", "buổi tiêm chủng", M9),
    F("tại 102/102 xã", "102", 102, "count", "xã, phường, thị trấn", "xã, phường, thị trấn tổ chức tiêm chủng", M9,
      total=102),
]
for label, pa, da, ra, pv, dv, rv in ROWS:
    num = pa.split("| ")[1]
    FIGS.append(F(pa, num, pv, "count", "trẻ", f"{label} kế hoạch năm 2024", PLAN, status="target"))
    FIGS.append(F(f"| {da} |", da, dv, "count", "trẻ", f"{label} thực hiện 9 tháng", DONE))
    FIGS.append(F(f"| {ra}\n", ra, rv, "percent", "%", f"{label} tỷ lệ", TITLE))

FIGS += [
    AGE("đầy đủ trẻ dưới 1 tuổi |", "1", 1, approx="under"),
    AGE("trong 24 giờ", "24", 24, "giờ"),
    AGE("Rubella trẻ 18 tháng |", "18", 18, "tháng"),
    AGE("mũi 4 trẻ 18 tháng |", "18", 18, "tháng"),
    AGE("cho trẻ 7 tuổi", "7", 7),
    F("tại 10/10 huyện", "10", 10, "count", "huyện, thành phố",
      "huyện, thành phố triển khai tiêm vắc xin uốn ván - bạch hầu giảm liều (Td)", I(TITLE), total=10),
    F("cho 6.842/7.105 trẻ", "6.842", 6842, "count", "trẻ", "trẻ 7 tuổi được tiêm vắc xin Td", I(TITLE),
      total=7105, percent=96.3),
    F("ghi nhận 14 ca", "14", 14, "count", "ca", "ca bạch hầu", M9b,
      change=CH("decrease", 9, "ca", "cùng kỳ năm 2023")),
    F("37 ca ho gà", "37", 37, "count", "ca", "ca ho gà", M9b, change=CH("increase", 2.3, "lần")),
    F("là 2.345,6 triệu đồng", "2.345,6", 2345600000, "money", "đồng",
      "Tổng kinh phí chi cho công tác tiêm chủng mở rộng", P("9 tháng", "2024-01-01", "2024-09-30"), percent=78.2),
    AGE("cho trẻ dưới 1 tuổi cả năm", "1", 1, approx="under"),
    F("tối thiểu 90%", "90", 90, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", Y24,
      approx="at_least", status="target"),
    F("tại 35 xã", "35", 35, "count", "xã", "xã vùng sâu, vùng xa tổ chức tiêm vét", Q4, status="forecast"),
    F("khoảng 1.200 trẻ", "1.200", 1200, "count", "trẻ", "trẻ được tiêm vét", Q4, approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report: letterhead ỦY BAN NHÂN DÂN TỈNH KON TUM, 'Số: 318/BC-UBND', place-and-date line (published 2024-10-14).",
    "Flattened '|' table with units in the column headers: every numeric cell is a figure; 'Kế hoạch năm 2024' cells are targets,",
    "their period from the column header (scored); 'Thực hiện 9 tháng' likewise; the 'Tỷ lệ (%)' cells take the table title's period (inherited).",
    "Subject = row label + column. Row numbers 1-5, 'mũi 3', 'mũi 4', 'Bảng 1', section numbers I./II./1.-4. are not figures.",
    "Ages inside row labels ('dưới 1 tuổi', '24 giờ', '18 tháng', 'trẻ 7 tuổi') are optional, as shared h24.",
    "'tăng 2,3 lần' after 37 ca is its change (lần; baseline implied). '2.345,6 triệu đồng' = 2 345 600 000 đồng with 'đạt 78,2% dự toán' as percent.",
    "Section II: 'Phấn đấu' → target; 'Dự kiến' → forecast (35 xã, 1.200 trẻ; period from the heading QUÝ IV/2024, inherited).",
]

if __name__ == "__main__":
    emit("p627-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Kon Tum")
