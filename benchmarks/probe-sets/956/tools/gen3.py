"""p956-3: formal report (UBND tỉnh Quảng Trị), seedling production 9 months 2024, flattened | table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Trị, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, cung ứng giống cây trồng lâm nghiệp 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở sản xuất giống
Tính đến ngày 30/9/2024, toàn tỉnh có 112 cơ sở sản xuất, kinh doanh giống cây lâm nghiệp, tăng 9 cơ sở so với cuối năm 2023; trong đó có 14 cơ sở đủ điều kiện sản xuất giống bằng phương pháp mô, hom. Tổng diện tích vườn ươm khoảng 58,5 ha, công suất thiết kế trên 35 triệu cây/năm.

2. Sản lượng cây giống
9 tháng đầu năm, các cơ sở sản xuất được 20,2 triệu cây giống, đạt 74,8% kế hoạch năm, tăng 6,3% so với cùng kỳ; trong đó cây mô, hom 13,62 triệu cây, chiếm 67,4%. Kết quả cụ thể như sau:

Biểu 01. Kết quả sản xuất cây giống lâm nghiệp 9 tháng năm 2024
Đơn vị tính: nghìn cây
TT | Địa phương | Kế hoạch năm 2024 | Thực hiện 9 tháng | Trong đó: mô, hom
1 | Hướng Hóa | 5.500 | 3.950 | 2.620
2 | Cam Lộ | 7.500 | 5.640 | 3.970
3 | Vĩnh Linh | 6.500 | 4.880 | 3.350
4 | Gio Linh | 4.500 | 3.330 | 2.180
5 | Triệu Phong | 3.000 | 2.400 | 1.500
Tổng cộng | | 27.000 | 20.200 | 13.620

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV, các cơ sở cung ứng thêm khoảng 6,5 triệu cây, nâng tổng sản lượng cả năm lên 26,7 triệu cây, đạt 98,9% kế hoạch. Sở Nông nghiệp và PTNT tiếp tục kiểm tra theo Quyết định số 1175/QĐ-UBND ngày 22/5/2024; đầu mối: Chi cục Kiểm lâm, điện thoại 0233.3852.604.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, KT.
"""

Q = "Quảng Trị"
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
MOHOM = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 112 cơ sở", "112", 112, "count", "cơ sở",
      change=C("increase", 9, "cơ sở", "cuối năm 2023"),
      subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp", period=ASOF),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", total=112,
      subject="cơ sở đủ điều kiện sản xuất giống bằng phương pháp mô, hom", period=ASOF),
    F("khoảng 58,5 ha", "58,5", 58.5, "measure", "ha", approx="about",
      subject="tổng diện tích vườn ươm", period=I(ASOF)),
    F("trên 35 triệu cây/năm", "35", 35e6, "measure", "cây/năm", approx="over",
      subject="công suất thiết kế", period=I(ASOF)),
    F("được 20,2 triệu cây", "20,2", 20.2e6, "count", "cây giống", percent=74.8,
      change=C("increase", 6.3, "%", "cùng kỳ"),
      subject="cây giống các cơ sở sản xuất", period=M9),
    F("hom 13,62 triệu cây", "13,62", 13.62e6, "count", "cây", total=20.2e6, percent=67.4,
      subject="cây mô, hom", period=M9),
]

ROWS = [("Hướng Hóa", "5.500", "3.950", "2.620"), ("Cam Lộ", "7.500", "5.640", "3.970"),
        ("Vĩnh Linh", "6.500", "4.880", "3.350"), ("Gio Linh", "4.500", "3.330", "2.180"),
        ("Triệu Phong", "3.000", "2.400", "1.500"), ("Tổng cộng", "27.000", "20.200", "13.620")]


def num(s):
    return float(s.replace(".", "")) * 1000


for place, plan, done, mh in ROWS:
    loc = Q if place == "Tổng cộng" else place
    tag = "tổng cộng " if place == "Tổng cộng" else ""
    sep = " | | " if place == "Tổng cộng" else " | "
    FIGS.append(F(f"{place}{sep}{plan}", plan, num(plan), "count", "cây", status="target",
                  subject=f"{tag}cây giống lâm nghiệp kế hoạch năm 2024", period=PLAN, location=loc))
    FIGS.append(F(f"{plan} | {done}", done, num(done), "count", "cây",
                  subject=f"{tag}cây giống lâm nghiệp thực hiện 9 tháng", period=DONE, location=loc))
    FIGS.append(F(f"{done} | {mh}", mh, num(mh), "count", "cây", total=num(done),
                  subject=f"{tag}cây giống mô, hom", period=MOHOM, location=loc))

FIGS += [
    F("khoảng 6,5 triệu cây", "6,5", 6.5e6, "count", "cây", approx="about", status="forecast",
      subject="cây giống cung ứng thêm trong quý IV", period=Q4),
    F("lên 26,7 triệu cây", "26,7", 26.7e6, "count", "cây", percent=98.9, status="forecast",
      subject="tổng sản lượng cây giống cả năm", period=YEAR),
]

NOTES = [
    "Formal report of UBND tỉnh Quảng Trị, Số: 287/BC-UBND, 'Quảng Trị, ngày 15 tháng 10 năm 2024' (taken as published).",
    "Flattened | table with 'Đơn vị tính: nghìn cây' (cells x1000); row numbers 1-5 are not figures; place labels go to location.",
    "Column 'Kế hoạch năm 2024' -> status target, period 2024; 'Thực hiện 9 tháng' -> 2024-01..09 (year from the title line above).",
    "'Trong đó: mô, hom' column: each cell is a part of the same row's 'Thực hiện 9 tháng' cell (total = that cell); its period comes",
    "from the table title, so it is marked inherited. The Tổng cộng row is located in Quảng Trị; cells get no total from that row.",
    "Distractors: Số 287/BC-UBND, Quyết định số 1175/QĐ-UBND ngày 22/5/2024, phone 0233.3852.604, section numbers I./II./1./2.,",
    "'Biểu 01', heading 'QUÝ IV/2024', letterhead date. 'Dự kiến quý IV ... nâng tổng sản lượng cả năm lên 26,7 triệu' is forecast.",
]

if __name__ == "__main__":
    build("p956-3", TEXT, FIGS, NOTES, published="2024-10-15", location=Q)
