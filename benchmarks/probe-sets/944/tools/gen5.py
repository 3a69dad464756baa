"""p944-5: Party/provincial newspaper (Báo Cần Thơ), a city crematorium; byline and bare date at the end."""
from lib import F, P, I, chg, tgt, article

TEXT = """
Đài hóa thân Vĩnh Hằng góp phần thay đổi tập quán mai táng

Sau hơn 2 năm đi vào hoạt động, Đài hóa thân Vĩnh Hằng nằm trên Quốc lộ 91B đã trở thành địa chỉ hỏa táng quen thuộc của người dân thành phố Cần Thơ và các tỉnh lân cận.

Công trình có tổng vốn đầu tư 235 tỷ đồng, xây dựng trên diện tích 9,8 ha, gồm 4 lò hỏa táng thi hài và 2 lò hỏa táng hài cốt; nhiệt độ buồng đốt thứ cấp đạt trên 1.000 độ C, khí thải được xử lý đạt QCVN 61:2016/BTNMT.

Theo ông Trần Văn Bảy, Giám đốc Đài hóa thân, năm 2022 đơn vị phục vụ 2.846 ca hỏa táng; 10 tháng năm 2023 đã phục vụ 3.125 ca, tăng 31,2% so với cùng kỳ. Bình quân mỗi ngày tiếp nhận 10-12 ca, ngày cao điểm lên đến 20 ca. Số ca của người dân Cần Thơ chiếm khoảng 65%, còn lại đến từ Hậu Giang, Vĩnh Long, Sóc Trăng và An Giang.

Giá hỏa táng thi hài người lớn hiện là 4,2 triệu đồng/ca, trẻ em dưới 6 tuổi 2,1 triệu đồng/ca, hài cốt 1,5 triệu đồng/ca. Doanh thu 10 tháng ước đạt 13,6 tỷ đồng, đạt 87,3% kế hoạch năm. Người có hộ khẩu thường trú tại thành phố được ngân sách hỗ trợ 3 triệu đồng/ca; 10 tháng qua đã có 2.018 trường hợp được hỗ trợ với số tiền hơn 6 tỷ đồng.

Đơn vị hiện có 46 cán bộ, nhân viên, thu nhập bình quân 9,8 triệu đồng/người/tháng. Năm 2024, Đài hóa thân dự kiến đầu tư thêm 2 lò hỏa táng thi hài, nâng công suất lên 30 ca/ngày.

"Nhiều gia đình trước đây chỉ quen địa táng, nay đã chủ động chọn hỏa táng để tiết kiệm đất và chi phí", ông Bảy chia sẻ.

THANH NGÂN
24/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")

FIGS = [
    F("hơn 2 năm", "2", 2, "measure", "năm", "thời gian hoạt động của Đài hóa thân Vĩnh Hằng", approx="over",
      optional=True),
    F("đầu tư 235 tỷ đồng", "235", 235e9, "money", "đồng", "tổng vốn đầu tư Đài hóa thân Vĩnh Hằng"),
    F("diện tích 9,8 ha", "9,8", 9.8, "measure", "ha", "diện tích Đài hóa thân Vĩnh Hằng"),
    F("gồm 4 lò", "4", 4, "count", "lò", "lò hỏa táng thi hài"),
    F("và 2 lò hỏa táng hài cốt", "2", 2, "count", "lò", "lò hỏa táng hài cốt"),
    F("trên 1.000 độ C", "1.000", 1000, "measure", "độ C", "nhiệt độ buồng đốt thứ cấp", approx="over"),
    F("phục vụ 2.846 ca", "2.846", 2846, "count", "ca", "ca hỏa táng đơn vị phục vụ",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("phục vụ 3.125 ca", "3.125", 3125, "count", "ca", "ca hỏa táng đơn vị phục vụ", M10,
      change=chg("increase", 31.2, "%", "cùng kỳ")),
    F("tiếp nhận 10-12 ca", "10", 10, "measure", "ca/ngày", "ca tiếp nhận bình quân mỗi ngày", value_max=12),
    F("lên đến 20 ca", "20", 20, "count", "ca", "ca tiếp nhận ngày cao điểm"),
    F("khoảng 65%", "65", 65, "percent", "%", "số ca của người dân Cần Thơ", approx="about"),
    F("là 4,2 triệu đồng/ca", "4,2", 4.2e6, "money", "đồng/ca", "giá hỏa táng thi hài người lớn"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "trẻ em", approx="under", optional=True),
    F("tuổi 2,1 triệu đồng/ca", "2,1", 2.1e6, "money", "đồng/ca", "giá hỏa táng thi hài trẻ em dưới 6 tuổi"),
    F("cốt 1,5 triệu đồng/ca", "1,5", 1.5e6, "money", "đồng/ca", "giá hỏa táng hài cốt"),
    F("ước đạt 13,6 tỷ đồng", "13,6", 13.6e9, "money", "đồng", "doanh thu",
      P("10 tháng", "2023-01-01", "2023-10-31"), percent=87.3, status="estimate"),
    F("hỗ trợ 3 triệu đồng/ca", "3", 3e6, "money", "đồng/ca", "ngân sách hỗ trợ người có hộ khẩu thường trú"),
    F("có 2.018 trường hợp", "2.018", 2018, "count", "trường hợp", "trường hợp được hỗ trợ",
      P("10 tháng qua", "2023-01-01", "2023-10-31")),
    F("hơn 6 tỷ đồng", "6", 6e9, "money", "đồng", "số tiền hỗ trợ",
      P("10 tháng qua", "2023-01-01", "2023-10-31"), approx="over"),
    F("có 46 cán bộ", "46", 46, "count", "cán bộ, nhân viên", "cán bộ, nhân viên"),
    F("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("thêm 2 lò", "2", 2, "count", "lò", "lò hỏa táng thi hài đầu tư thêm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("lên 30 ca/ngày", "30", 30, "measure", "ca/ngày", "công suất",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

NOTES = [
    "Báo Cần Thơ: Đài hóa thân Vĩnh Hằng (invented), byline and bare date at the end.",
    "All figures are Cần Thơ's; the provinces the other customers come from (Hậu Giang ... An Giang) are not locations.",
    "'hơn 2 năm' (age of the facility) and the age class 'dưới 6 tuổi' are optional.",
    "'Quốc lộ 91B', 'QCVN 61:2016/BTNMT', 'ông Trần Văn Bảy' (name) are not figures.",
    "Daily throughput '10-12 ca' (mỗi ngày) is a rate: measure, unit ca/ngày; the peak day's '20 ca' is a count.",
]

if __name__ == "__main__":
    article("p944-5", TEXT, FIGS, published="2023-11-24", location="Cần Thơ", notes=NOTES)
