from lib import Doc, P, CH, TG

TEXT = """SỞ Y TẾ BÌNH DƯƠNG
Tình hình sốt xuất huyết 6 tháng đầu năm 2024 trên địa bàn tỉnh
Ngày cập nhật: 05/07/2024

Theo Trung tâm Kiểm soát bệnh tật tỉnh Bình Dương, 6 tháng đầu năm 2024, toàn tỉnh ghi nhận 1.372 ca mắc sốt xuất huyết, giảm 41,8% so với cùng kỳ năm 2023; không có ca tử vong (cùng kỳ năm trước 1 ca). Số ca mắc tại một số địa phương như sau:

Đơn vị tính: ca
Địa phương
6 tháng năm 2023
6 tháng năm 2024
Giảm so với cùng kỳ (%)
TP Thủ Dầu Một
412
236
42,7
TP Thuận An
538
301
44,1
TP Dĩ An
497
288
42,1
TP Bến Cát
290
192
33,8
Toàn tỉnh
2.357
1.372
41,8

Toàn tỉnh phát hiện 96 ổ dịch, đã xử lý 96/96 ổ dịch đúng quy định; tổ chức 2 đợt chiến dịch diệt lăng quăng tại 91/91 xã, phường, thị trấn với 418.250 hộ gia đình được kiểm tra. Tỷ lệ hộ gia đình có lăng quăng sau chiến dịch giảm còn 4,6%. Trong số ca mắc, 428 ca phải nhập viện điều trị, chiếm 31,2%; nhóm tuổi mắc nhiều nhất là từ 5 đến 15 tuổi.

Năm 2024, tỉnh phấn đấu tỷ lệ mắc dưới 80 ca/100.000 dân, không để xảy ra ca tử vong; 6 tháng đầu năm tỷ lệ mắc mới ở mức 49,7 ca/100.000 dân. Dự kiến 6 tháng cuối năm, tỉnh bố trí khoảng 3,8 tỷ đồng cho hóa chất, vật tư phòng chống dịch.

Mọi thông tin xin liên hệ: Phòng Nghiệp vụ Y, Sở Y tế, tầng 11, Tháp A, Trung tâm Hành chính tỉnh; điện thoại 0274.3822.601.
"""

d = Doc("p351-7", TEXT, [
    "Sở Y tế Bình Dương (department site): dengue in the first half of 2024. Dateline 'Ngày cập nhật: 05/07/2024' without time.",
    "Table written one cell per line, 'Đơn vị tính: ca'; the last column overrides the unit with '(%)'. Row labels are places (location; 'Toàn tỉnh' = Bình Dương);",
    "subject = the indicator above the table ('Số ca mắc') + the column label, as in shared h24 (revised after the first run: the column label was missing).",
    "Periods from the column headers '6 tháng năm 2023' / '6 tháng năm 2024'; the reduction column has no period of its own (inherited from the text above).",
    "Reduction rates 'Giảm so với cùng kỳ (%)' are percent figures (growth rates as the claim), no change object. '1 ca' in '(cùng kỳ năm trước 1 ca)' is a figure of its own (2023 H1).",
    "'96/96 ổ dịch' and '91/91 xã, phường, thị trấn' totals 96 and 91. 'giảm còn 4,6%' states only the new level. '6 tháng đầu năm' (no year) is 2024.",
    "Targets 'phấn đấu … dưới 80 ca/100.000 dân' status target; '3,8 tỷ đồng' forecast ('Dự kiến'), period second half of 2024.",
    "Distractors: 'tầng 11', 'Tháp A', phone 0274.3822.601, dateline.",
], published="2024-07-05", location="Bình Dương")

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
C23 = P("6 tháng năm 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng năm 2024", "2024-01-01", "2024-06-30")

d.f("ghi nhận 1.372 ca", "1.372", 1372, "count", "ca", "ca mắc sốt xuất huyết", H1,
    change=CH("decrease", 41.8, "%", "cùng kỳ năm 2023"))
d.f("năm trước 1 ca", "1", 1, "count", "ca", "ca tử vong cùng kỳ năm trước",
    P("cùng kỳ năm trước", "2023-01-01", "2023-06-30"))

rows = [("TP Thủ Dầu Một", "Thủ Dầu Một", ["412", "236", "42,7"]),
        ("TP Thuận An", "Thuận An", ["538", "301", "44,1"]),
        ("TP Dĩ An", "Dĩ An", ["497", "288", "42,1"]),
        ("TP Bến Cát", "Bến Cát", ["290", "192", "33,8"]),
        ("Toàn tỉnh", None, ["2.357", "1.372", "41,8"])]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


for label, place, cells in rows:
    a0 = f"{label}\n{cells[0]}\n"
    a1 = f"{cells[0]}\n{cells[1]}\n{cells[2]}"
    a2 = f"{cells[1]}\n{cells[2]}\n"
    d.f(a0, cells[0], num(cells[0]), "count", "ca", "số ca mắc 6 tháng năm 2023", C23, location=place)
    d.f(a1, cells[1], num(cells[1]), "count", "ca", "số ca mắc 6 tháng năm 2024", C24, location=place)
    d.f(a2, cells[2], num(cells[2]), "percent", "%", "số ca mắc giảm so với cùng kỳ", H1i, location=place)

d.f("phát hiện 96 ổ dịch", "96", 96, "count", "ổ dịch", "ổ dịch phát hiện", H1i)
d.f("xử lý 96/96", "96", 96, "count", "ổ dịch", "ổ dịch đã xử lý đúng quy định", H1i, total=96)
d.f("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt chiến dịch diệt lăng quăng", H1i)
d.f("tại 91/91", "91", 91, "count", "xã, phường, thị trấn", "xã, phường, thị trấn tổ chức chiến dịch", H1i, total=91)
d.f("với 418.250 hộ", "418.250", 418250, "count", "hộ gia đình", "hộ gia đình được kiểm tra", H1i)
d.f("giảm còn 4,6%", "4,6", 4.6, "percent", "%", "Tỷ lệ hộ gia đình có lăng quăng sau chiến dịch", H1i)
d.f("Trong số ca mắc, 428 ca", "428", 428, "count", "ca", "ca mắc phải nhập viện điều trị", H1i, percent=31.2)
d.f("từ 5 đến 15 tuổi", "5", 5, "measure", "tuổi", value_max=15, optional=True)
d.f("dưới 80 ca/100.000 dân", "80", 80, "measure", "ca/100.000 dân", "tỷ lệ mắc sốt xuất huyết",
    P("Năm 2024", "2024-01-01", "2024-12-31"), approx="under", status="target")
d.f("mức 49,7 ca/100.000 dân", "49,7", 49.7, "measure", "ca/100.000 dân", "tỷ lệ mắc sốt xuất huyết",
    P("6 tháng đầu năm", "2024-01-01", "2024-06-30"))
d.f("khoảng 3,8 tỷ đồng", "3,8", 3800000000, "money", "đồng", "kinh phí hóa chất, vật tư phòng chống dịch",
    P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="forecast")
d.write()
