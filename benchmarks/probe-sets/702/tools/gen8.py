"""p702-8: provincial newspaper (Báo Bà Rịa - Vũng Tàu), byline + time + date, a kraft paper mill in thị xã Phú Mỹ."""
from lib import F, P, I, CH, emit

TEXT = """MINH THANH 10:25, 14/03/2024
Nhà máy giấy 1,2 tỷ USD tại Phú Mỹ xuất khẩu 85% sản lượng

(BR-VT) - Sau hơn 1 năm đi vào hoạt động, Nhà máy giấy Kraft Đông Nam Á tại KCN Phú Mỹ 3, thị xã Phú Mỹ đã trở thành một trong những nhà máy giấy bao bì lớn nhất cả nước.

Theo Ban Quản lý các KCN tỉnh, nhà máy có tổng vốn đầu tư 1,2 tỷ USD, công suất thiết kế 1,1 triệu tấn giấy/năm. Trong 2 tháng đầu năm 2024, nhà máy sản xuất 162.400 tấn giấy kraft và giấy làm lớp sóng, tăng 27,5% so với cùng kỳ; trong đó xuất khẩu 138.000 tấn, chủ yếu sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc). Doanh thu 2 tháng ước đạt 1.930 tỷ đồng.

Nhà máy hiện sử dụng 1.026 lao động, trong đó 912 lao động là người địa phương; 100% nguyên liệu là giấy thu hồi, với khoảng 70% nhập khẩu. Hệ thống xử lý nước thải công suất 28.000 m³/ngày đêm cho phép tái sử dụng tối đa 90% lượng nước; hệ thống điện mặt trời áp mái công suất 25 MWp giúp giảm khoảng 31.000 tấn CO2 mỗi năm.

Dự kiến quý I/2024, nhà máy đạt sản lượng 245.000 tấn. Năm 2023, các doanh nghiệp giấy, bao bì trong các KCN của tỉnh nộp ngân sách 1.284,6 tỷ đồng, chiếm 4,7% tổng thu ngân sách của các doanh nghiệp KCN.

Mọi ý kiến đóng góp xin gửi về tòa soạn: số 01 Trường Chinh, phường Phước Trung, TP Bà Rịa; điện thoại 0254.3852.345.
"""

M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
PM = "Phú Mỹ"
FIGS = [
    F("Nhà máy giấy 1,2 tỷ USD", "1,2", 1200000000, "money", "USD", "vốn đầu tư nhà máy giấy", location=PM),
    F("xuất khẩu 85% sản lượng", "85", 85, "percent", "%", "sản lượng xuất khẩu", location=PM),
    F("đầu tư 1,2 tỷ USD", "1,2", 1200000000, "money", "USD", "tổng vốn đầu tư", location=PM),
    F("thiết kế 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn giấy/năm", "công suất thiết kế", location=PM),
    F("sản xuất 162.400 tấn", "162.400", 162400, "measure", "tấn", "giấy kraft và giấy làm lớp sóng nhà máy sản xuất",
      M2, change=CH("increase", 27.5, baseline="cùng kỳ"), location=PM),
    F("xuất khẩu 138.000 tấn", "138.000", 138000, "measure", "tấn", "xuất khẩu", M2, total=162400, location=PM),
    F("ước đạt 1.930 tỷ đồng", "1.930", 1930000000000, "money", "đồng", "doanh thu",
      P("2 tháng", "2024-01-01", "2024-02-29"), status="estimate", location=PM),
    F("sử dụng 1.026 lao động", "1.026", 1026, "count", "lao động", "lao động nhà máy sử dụng", location=PM),
    F("trong đó 912 lao động", "912", 912, "count", "lao động", "lao động là người địa phương", total=1026,
      location=PM),
    F("100% nguyên liệu", "100", 100, "percent", "%", "nguyên liệu là giấy thu hồi", location=PM),
    F("khoảng 70% nhập khẩu", "70", 70, "percent", "%", "giấy thu hồi nhập khẩu", approx="about", location=PM),
    F("công suất 28.000 m³", "28.000", 28000, "measure", "m³/ngày đêm", "công suất hệ thống xử lý nước thải",
      location=PM),
    F("tối đa 90%", "90", 90, "percent", "%", "lượng nước tái sử dụng", approx="at_most", location=PM),
    F("công suất 25 MWp", "25", 25, "measure", "MWp", "công suất hệ thống điện mặt trời áp mái", location=PM),
    F("khoảng 31.000 tấn", "31.000", 31000, "measure", "tấn CO2", "giảm CO2 mỗi năm", approx="about", location=PM),
    F("sản lượng 245.000 tấn", "245.000", 245000, "measure", "tấn", "sản lượng nhà máy",
      P("quý I/2024", "2024-01-01", "2024-03-31"), status="forecast", location=PM),
    F("ngân sách 1.284,6 tỷ đồng", "1.284,6", 1284600000000, "money", "đồng",
      "nộp ngân sách của các doanh nghiệp giấy, bao bì trong các KCN", P("Năm 2023", "2023-01-01", "2023-12-31"),
      percent=4.7),
]

COMMENTS = [
    "Báo Bà Rịa - Vũng Tàu (tag BR-VT), byline then '10:25, 14/03/2024': a kraft paper mill in KCN Phú Mỹ 3, thị xã Phú Mỹ.",
    "Location choice: the mill's figures describe thị xã Phú Mỹ (named as its place) -> 'Phú Mỹ'; the provincial KCN total -> province.",
    "Headline figures are figures of their own (1,2 tỷ USD twice: headline and body). 2024 is a leap year: 2 tháng ends 2024-02-29.",
    "'tối đa 90%' -> at_most. '138.000 tấn' after 'trong đó' is part of 162.400 tấn. 'chiếm 4,7%' is the share of 1.284,6 tỷ.",
    "Not figures: 'hơn 1 năm' (a duration), KCN Phú Mỹ 3, CO2, Đài Loan (Trung Quốc), số 01 Trường Chinh, phone.",
]

if __name__ == "__main__":
    emit("p702-8", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Bà Rịa - Vũng Tàu")
