from lib import F, P, I, C, T, build

TEXT = """BAN NỘI CHÍNH TỈNH ỦY LONG AN
Trang thông tin điện tử › Phòng, chống tham nhũng

Long An: Thu hồi trên 60% tài sản trong các vụ án tham nhũng, kinh tế giai đoạn 2021-2024

Thực hiện Chỉ thị số 04-CT/TW của Ban Bí thư về thu hồi tài sản bị thất thoát, chiếm đoạt, từ năm 2021 đến nay, các cơ quan tiến hành tố tụng tỉnh Long An đã khởi tố 63 vụ/171 bị can về các tội tham nhũng, kinh tế, chức vụ, trong đó tội phạm tham nhũng 22 vụ (chiếm 34,9%) với 58 bị can. Viện kiểm sát truy tố 51 vụ/139 bị can; Tòa án xét xử sơ thẩm 46 vụ/122 bị cáo.

Tính đến ngày 30/9/2024, các cơ quan chức năng đã thu hồi 214,7/356,2 tỷ đồng phải thu hồi, đạt 60,3%. Riêng năm 2023 thu hồi được 87,4 tỷ đồng, cao gấp 1,9 lần năm 2022.

Kết quả thu hồi qua các năm như sau (tỷ đồng):
Năm\t2021\t2022\t2023\t9 tháng 2024
Phải thu hồi\t72,5\t91,3\t118,6\t73,8
Đã thu hồi\t38,2\t46,1\t87,4\t43,0

Qua công tác thanh tra, kiểm tra, các cơ quan chức năng đã chuyển cơ quan điều tra 14 vụ việc có dấu hiệu tội phạm; Ủy ban Kiểm tra các cấp thi hành kỷ luật 127 đảng viên, trong đó có 9 cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.

Giai đoạn 2021-2025, tỉnh phấn đấu tỷ lệ thu hồi tài sản trong các vụ án tham nhũng, kinh tế đạt từ 65% trở lên; ước đến hết năm 2025, tổng số tiền thu hồi đạt khoảng 250 tỷ đồng.

28/10/2024
"""

FROM21 = P("từ năm 2021 đến nay", "2021-01-01", "2024-10-28")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
G25 = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

YEARS = [("2021", "2021-01-01", "2021-12-31"), ("2022", "2022-01-01", "2022-12-31"),
         ("2023", "2023-01-01", "2023-12-31"), ("9 tháng 2024", "2024-01-01", "2024-09-30")]

FIGS = [
    F("Thu hồi trên 60%", "60", 60, "percent", "%", "tỷ lệ thu hồi tài sản trong các vụ án tham nhũng, kinh tế",
      approx="over", period=P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("khởi tố 63 vụ", "63", 63, "count", "vụ", "vụ án tham nhũng, kinh tế, chức vụ khởi tố", period=FROM21),
    F("vụ/171 bị can", "171", 171, "count", "bị can", "bị can về các tội tham nhũng, kinh tế, chức vụ khởi tố",
      period=FROM21),
    F("tham nhũng 22 vụ", "22", 22, "count", "vụ", "vụ án tội phạm tham nhũng khởi tố", total=63, percent=34.9,
      period=FROM21),
    F("với 58 bị can", "58", 58, "count", "bị can", "bị can tội phạm tham nhũng", total=171, period=FROM21),
    F("truy tố 51 vụ", "51", 51, "count", "vụ", "vụ án truy tố", period=I(FROM21)),
    F("vụ/139 bị can", "139", 139, "count", "bị can", "bị can truy tố", period=I(FROM21)),
    F("sơ thẩm 46 vụ", "46", 46, "count", "vụ", "vụ án xét xử sơ thẩm", period=I(FROM21)),
    F("vụ/122 bị cáo", "122", 122, "count", "bị cáo", "bị cáo xét xử sơ thẩm", period=I(FROM21)),
    F("thu hồi 214,7/356,2", "214,7", 214.7e9, "money", "đồng", "tài sản đã thu hồi", total=356.2e9,
      percent=60.3, period=AS),
    F("thu hồi được 87,4 tỷ", "87,4", 87.4e9, "money", "đồng", "tài sản thu hồi",
      change=C("increase", 1.9, "lần", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
]
rows = [("Phải thu hồi", ["72,5", "91,3", "118,6", "73,8"]), ("Đã thu hồi", ["38,2", "46,1", "87,4", "43,0"])]
for label, cells in rows:
    prev = label
    for (ytext, s, e), cell in zip(YEARS, cells):
        FIGS.append(F(f"{prev}\t{cell}", cell, float(cell.replace(",", ".")) * 1e9, "money", "đồng",
                      f"{label} năm {ytext}" if not ytext.startswith("9") else f"{label} {ytext}",
                      period=P(("Năm " if not ytext.startswith("9") else "") + ytext, s, e)))
        prev = cell
FIGS += [
    F("điều tra 14 vụ việc", "14", 14, "count", "vụ việc", "vụ việc có dấu hiệu tội phạm chuyển cơ quan điều tra",
      period=I(FROM21)),
    F("kỷ luật 127 đảng viên", "127", 127, "count", "đảng viên", "đảng viên bị thi hành kỷ luật", period=I(FROM21)),
    F("có 9 cán bộ", "9", 9, "count", "cán bộ", "cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý bị kỷ luật",
      total=127, period=I(FROM21)),
    F("từ 65% trở lên", "65", 65, "percent", "%", "tỷ lệ thu hồi tài sản trong các vụ án tham nhũng, kinh tế",
      approx="at_least", status="target", period=G25),
    F("khoảng 250 tỷ", "250", 250e9, "money", "đồng", "tổng số tiền thu hồi", approx="about", status="estimate",
      period=P("đến hết năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Ban Nội chính Tỉnh ủy Long An site; the only date is a bare '28/10/2024' at the end (published). Corruption/economic cases 2021 to date, asset recovery.",
    "Distractors: 'Chỉ thị số 04-CT/TW', 'giai đoạn 2021-2024/2021-2025' as periods, the years in the table header, the bare date.",
    "'63 vụ/171 bị can ..., trong đó ... 22 vụ (chiếm 34,9%) với 58 bị can' -> 22 total 63 + percent; 58 total 171. 'N vụ/M bị can' otherwise no total.",
    "'thu hồi 214,7/356,2 tỷ đồng phải thu hồi, đạt 60,3%' -> total 356.2e9 (the whole after '/'), percent 60.3; as-of 30/9/2024 (start null).",
    "'87,4 tỷ đồng, cao gấp 1,9 lần năm 2022' -> change 1.9 lần (attached, same clause). 'từ năm 2021 đến nay' ends at the bare date 2024-10-28.",
    "Tab-separated table '(tỷ đồng)': each cell money ×10^9; period from the column header ('9 tháng 2024' = Jan-Sep 2024, stated in the table's own header line: scored).",
    "'trong đó có 9 cán bộ' -> total 127. Targets 'Giai đoạn 2021-2025 ... từ 65% trở lên' (at_least); 'ước đến hết năm 2025 ... khoảng 250 tỷ' estimate, about.",
]

if __name__ == "__main__":
    build("p250-8", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Long An")
