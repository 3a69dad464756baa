"""p1318-3: formal report (UBND tỉnh Thanh Hóa, Số: 287/BC-UBND): seat-belt and bus violations 9 months 2024, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THANH HÓA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm tra, xử lý vi phạm về dây an toàn và vận tải hành khách 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra, xử lý vi phạm
Chín tháng năm 2024, lực lượng chức năng đã kiểm tra 18.640 lượt xe ô tô chở khách, bằng 82,5% kế hoạch năm, phát hiện, xử lý 4.512 trường hợp vi phạm, tăng 11,3% so với cùng kỳ năm 2023; phạt tiền 6,85 tỷ đồng. Kết quả xử lý một số hành vi chủ yếu:

Đơn vị tính: trường hợp
Hành vi vi phạm | 9 tháng năm 2023 | 9 tháng năm 2024 | So với cùng kỳ (%)
Lái xe không thắt dây an toàn | 1.126 | 1.308 | 116,2
Hành khách không thắt dây an toàn | 842 | 1.195 | 141,9
Chở quá số người quy định | 517 | 463 | 89,6
Dừng, đỗ đón trả khách sai quy định | 1.569 | 1.546 | 98,5
Tổng cộng | 4.054 | 4.512 | 111,3

2. Quản lý vận tải hành khách
Toàn tỉnh có 187 đơn vị kinh doanh vận tải hành khách với 3.412 xe; sản lượng vận chuyển 9 tháng ước đạt 28,6 triệu lượt khách, tăng 6,2% so với cùng kỳ. Trong 9 tháng, Sở Giao thông vận tải kiểm tra tại 7 bến xe khách, đình chỉ khai thác tuyến đối với 15 xe, thu hồi 28 phù hiệu. Tỷ lệ xe khách lắp camera giám sát đạt 96,4% (chỉ tiêu năm 2024 là 100%).

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu giảm từ 5 đến 10% số vụ tai nạn giao thông liên quan đến xe khách so với cùng kỳ; tổ chức ít nhất 2 đợt cao điểm kiểm tra dây an toàn trên Quốc lộ 1A và Quốc lộ 45; 100% xe khách tuyến cố định nhắc hành khách thắt dây an toàn trước khi xuất bến.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Ủy ban An toàn giao thông Quốc gia;
- Lưu: VT, NC.
"""

N9 = per("Chín tháng năm 2024", "2024-01-01", "2024-09-30")
N9S = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
C23 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = inh(per("QUÝ IV NĂM 2024", "2024-10-01", "2024-12-31"))
COLS = ["9 tháng năm 2023", "9 tháng năm 2024", "so với cùng kỳ"]


def row(label, nums):
    out = []
    prev = label
    for col, n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        if col == "so với cùng kỳ":
            out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"{label} so với cùng kỳ", period=inh(C24)))
        else:
            out.append(fig(anchor, n, float(n.replace(".", "")), "count", "trường hợp",
                           subject=f"{label} {col}", period=C23 if col.endswith("2023") else C24))
        prev = n
    return out


TABLE = (row("Lái xe không thắt dây an toàn", ["1.126", "1.308", "116,2"])
         + row("Hành khách không thắt dây an toàn", ["842", "1.195", "141,9"])
         + row("Chở quá số người quy định", ["517", "463", "89,6"])
         + row("Dừng, đỗ đón trả khách sai quy định", ["1.569", "1.546", "98,5"])
         + row("Tổng cộng", ["4.054", "4.512", "111,3"]))
# the row label of the total row is shared text; make its first anchor unique
for f in TABLE:
    if f["anchor"] == "Tổng cộng | 4.054":
        f["subject"] = "tổng cộng trường hợp vi phạm 9 tháng năm 2023"
    if f["anchor"] == "4.054 | 4.512":
        f["subject"] = "tổng cộng trường hợp vi phạm 9 tháng năm 2024"
    if f["anchor"] == "4.512 | 111,3":
        f["subject"] = "tổng cộng trường hợp vi phạm so với cùng kỳ"

FIGS = [
    fig("kiểm tra 18.640 lượt", "18.640", 18640, "count", "lượt xe", percent=82.5,
        subject="lượt xe ô tô chở khách được kiểm tra", period=N9),
    fig("xử lý 4.512 trường hợp", "4.512", 4512, "count", "trường hợp",
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"), subject="trường hợp vi phạm phát hiện, xử lý", period=N9),
    fig("phạt tiền 6,85 tỷ", "6,85", 6.85e9, "money", "đồng", subject="phạt tiền", period=N9),
] + TABLE + [
    fig("có 187 đơn vị", "187", 187, "count", "đơn vị", subject="đơn vị kinh doanh vận tải hành khách"),
    fig("với 3.412 xe", "3.412", 3412, "count", "xe", subject="xe của các đơn vị kinh doanh vận tải hành khách"),
    fig("ước đạt 28,6 triệu", "28,6", 28.6e6, "count", "lượt khách", status="estimate",
        change=chg("increase", 6.2, "%", "cùng kỳ"), subject="sản lượng vận chuyển hành khách",
        period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("tại 7 bến xe", "7", 7, "count", "bến xe", subject="bến xe khách được Sở Giao thông vận tải kiểm tra",
        period=N9S),
    fig("đối với 15 xe", "15", 15, "count", "xe", subject="xe bị đình chỉ khai thác tuyến", period=N9S),
    fig("thu hồi 28 phù hiệu", "28", 28, "count", "phù hiệu", subject="phù hiệu bị thu hồi", period=N9S),
    fig("đạt 96,4%", "96,4", 96.4, "percent", "%", target=tgt(100), subject="tỷ lệ xe khách lắp camera giám sát",
        period=inh(N9S)),
    fig("từ 5 đến 10%", "5", 5, "percent", "%", value_max=10, status="target",
        subject="mức giảm số vụ tai nạn giao thông liên quan đến xe khách", period=Q4),
    fig("ít nhất 2 đợt", "2", 2, "count", "đợt", approx="at_least", status="target",
        subject="đợt cao điểm kiểm tra dây an toàn", period=Q4),
    fig("Quốc lộ 45; 100%", "100", 100, "percent", "%", status="target",
        subject="xe khách tuyến cố định nhắc hành khách thắt dây an toàn trước khi xuất bến", period=Q4),
]

NOTES = [
    "Formal report: 'UBND TỈNH THANH HÓA', 'Số: 287/BC-UBND', 'Thanh Hóa, ngày 14 tháng 10 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: Số: 287/BC-UBND, letterhead date, 'Chín tháng năm 2024' (a period, the number word is no figure), section numbers,",
    "'Quốc lộ 1A', 'Quốc lộ 45', 'Lưu: VT, NC'.",
    "Flattened '|' table, 'Đơn vị tính: trường hợp': count cells, subject = row label + column label, period from the column",
    "header (scored). 'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023); their header has no period, so the",
    "report's '9 tháng năm 2024' is marked inherited. Table cells get no total.",
    "'kiểm tra 18.640 lượt ..., bằng 82,5% kế hoạch năm' → percent attribute 82.5. 'sản lượng vận chuyển 9 tháng ước đạt 28,6 triệu",
    "lượt khách' → estimate, period 9 months of 2024 (year from the earlier period), change 6,2%.",
    "'đạt 96,4% (chỉ tiêu năm 2024 là 100%)' → target 100. 187 đơn vị / 3.412 xe are a standing count (no period).",
    "Section II 'NHIỆM VỤ QUÝ IV NĂM 2024' + 'Phấn đấu' governs the three ';' clauses: target, period from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1318-3", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
