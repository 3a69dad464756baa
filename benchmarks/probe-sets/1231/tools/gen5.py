"""p1231-5: Party newspaper (Báo Điện Biên Phủ): a teacher's motorbike library in Mường Nhé."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐIỆN BIÊN PHỦ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Giáo dục - Đào tạo

Thầy giáo "chở thư viện" lên bản

Gần 5 năm nay, cứ sáng thứ Bảy, thầy Lò Văn Thắng, giáo viên Trường PTDTBT Tiểu học Chung Chải (huyện Mường Nhé) lại chất hai thùng sách lên chiếc xe máy cũ, vượt từ 25 đến 40 km đường núi để đến các điểm trường lẻ.

"Thư viện trên xe máy" của thầy hiện có 1.320 đầu sách, phần lớn do các nhóm thiện nguyện và cựu học sinh gửi tặng. Thầy phụ trách 3 điểm trường lẻ Nậm Pắc, Huổi Lụ và Cây Sổ, mỗi điểm có từ 18 đến 35 học sinh, phần lớn là con em đồng bào Hà Nhì, Mông.

Từ năm 2020 đến nay, thầy đã tổ chức hơn 400 buổi đọc sách, cho học sinh mượn gần 6.000 lượt sách. Nhờ đó, 100% học sinh lớp 3 ở các điểm trường đọc thông, viết thạo tiếng Việt; số em bỏ học giữa chừng giảm từ 7 em năm học 2019-2020 xuống còn một em năm học vừa qua.

Năm 2024, Phòng Giáo dục và Đào tạo huyện Mường Nhé hỗ trợ thầy 15 triệu đồng mua thêm sách và một tủ sách di động. Huyện hiện có 23 điểm trường lẻ chưa có thư viện; ngành giáo dục đặt mục tiêu đến năm 2025 nhân rộng mô hình "thư viện trên xe máy" ra ít nhất 10 điểm trường, mỗi điểm được cấp 200 cuốn sách ban đầu.

"Chỉ mong các em biết đọc, thích đọc, để sau này tự mình đi xa hơn con đường đèo này", thầy Thắng nói.

MAI PHƯƠNG
18/05/2024
"""

SINCE = per("Từ năm 2020 đến nay", "2020-01-01", "2024-05-18")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Gần 5 năm", "5", 5, "measure", "năm", approx="nearly", optional=True,
        subject="thời gian thầy Thắng chở sách lên bản"),
    fig("hai thùng", "hai", 2, "count", "thùng sách", subject="thùng sách thầy Thắng chở mỗi chuyến"),
    fig("từ 25 đến 40 km", "25", 25, "measure", "km", value_max=40,
        subject="quãng đường núi đến các điểm trường lẻ"),
    fig("có 1.320 đầu", "1.320", 1320, "count", "đầu sách", subject="đầu sách của thư viện trên xe máy"),
    fig("phụ trách 3 điểm", "3", 3, "count", "điểm trường lẻ", subject="điểm trường lẻ thầy Thắng phụ trách"),
    fig("từ 18 đến 35 học sinh", "18", 18, "measure", "học sinh/điểm trường", value_max=35,
        subject="học sinh mỗi điểm trường lẻ"),
    fig("hơn 400 buổi", "400", 400, "count", "buổi đọc sách", approx="over",
        subject="buổi đọc sách thầy Thắng tổ chức", period=SINCE),
    fig("gần 6.000 lượt", "6.000", 6000, "count", "lượt sách", approx="nearly",
        subject="lượt sách cho học sinh mượn", period=SINCE),
    fig("100% học sinh", "100", 100, "percent", "%",
        subject="tỷ lệ học sinh lớp 3 ở các điểm trường đọc thông, viết thạo tiếng Việt"),
    fig("từ 7 em", "7", 7, "count", "em", optional=True,
        subject="học sinh bỏ học giữa chừng năm học 2019-2020"),
    fig("còn một em", "một", 1, "count", "em", subject="học sinh bỏ học giữa chừng năm học vừa qua"),
    fig("thầy 15 triệu", "15", 15000000, "money", "đồng",
        subject="kinh phí Phòng Giáo dục và Đào tạo hỗ trợ mua thêm sách", period=Y24),
    fig("và một tủ", "một", 1, "count", "tủ sách di động",
        subject="tủ sách di động Phòng Giáo dục và Đào tạo hỗ trợ", period=Y24),
    fig("có 23 điểm", "23", 23, "count", "điểm trường lẻ", subject="điểm trường lẻ chưa có thư viện"),
    fig("ít nhất 10 điểm", "10", 10, "count", "điểm trường", approx="at_least", status="target",
        subject="điểm trường nhân rộng mô hình thư viện trên xe máy", period=T25),
    fig("cấp 200 cuốn", "200", 200, "measure", "cuốn sách/điểm trường", status="target",
        subject="sách ban đầu cấp cho mỗi điểm trường", period=T25),
]

NOTES = [
    "Party newspaper (Báo Điện Biên Phủ): portrait of a teacher in Mường Nhé; byline 'MAI PHƯƠNG' and bare date '18/05/2024' at the end.",
    "Location is the district Mường Nhé throughout (school, communes and village schools are in it); Chung Chải, Nậm Pắc … are communes/villages.",
    "'Gần 5 năm nay' is a duration that places the story in time: optional. 'hai thùng', 'một em', 'một tủ' are number words.",
    "'mỗi điểm có từ 18 đến 35 học sinh', 'mỗi điểm được cấp 200 cuốn' are per-unit (mỗi điểm): measure, denominator in the unit.",
    "'giảm từ 7 em … xuống còn một em': the figure is the current one (1); the former level 7 is optional; no change value is stated. School years give no period.",
    "'Từ năm 2020 đến nay' runs to the published date. 'đặt mục tiêu đến năm 2025' governs 'ra ít nhất 10 điểm trường, mỗi điểm được cấp 200 cuốn' (target).",
    "Distractors: 'lớp 3' (a grade), 'năm học 2019-2020', 'thứ Bảy', bare date 18/05/2024.",
]

if __name__ == "__main__":
    write("p1231-5", TEXT, NOTES, FIGS, published="2024-05-18", location="Mường Nhé")
