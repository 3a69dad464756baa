"""p925-2: huyện Chợ Mới (An Giang) district portal, inter-agency inspection of private drug outlets, spring 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ MỚI
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Sáu, 12/05/2023 - 14:30

Chợ Mới: Kiểm tra 64 cơ sở kinh doanh thuốc, phát hiện 13 cơ sở vi phạm

Từ ngày 10/4 đến ngày 5/5/2023, Đoàn kiểm tra liên ngành về hành nghề y, dược tư nhân của huyện đã tiến hành kiểm tra 64 cơ sở kinh doanh thuốc trên địa bàn 18/18 xã, thị trấn, gồm 9 nhà thuốc, 52 quầy thuốc và 3 cơ sở bán lẻ thuốc dược liệu, thuốc cổ truyền.

Kết quả, có 51 cơ sở chấp hành tốt các quy định, chiếm 79,7%; 13 cơ sở có vi phạm, trong đó 4 cơ sở bán thuốc kê đơn không có đơn thuốc, 5 cơ sở không niêm yết giá thuốc, 3 cơ sở có thuốc hết hạn sử dụng và 1 cơ sở kinh doanh thuốc không rõ nguồn gốc. Đoàn đã lập biên bản, ra quyết định xử phạt 13 cơ sở vi phạm với tổng số tiền 52,5 triệu đồng; nhắc nhở, hướng dẫn khắc phục đối với 18 cơ sở khác.

Tại quầy thuốc Ngọc Hân 2 (ấp Long Hòa, xã Long Điền A), đoàn phát hiện 1.350 viên thuốc tân dược và 24 hộp thực phẩm bảo vệ sức khỏe không có hóa đơn, chứng từ chứng minh nguồn gốc, trị giá khoảng 7 triệu đồng. Toàn bộ số hàng đã bị tạm giữ để xử lý theo Nghị định số 117/2020/NĐ-CP của Chính phủ.

Theo Phòng Y tế huyện, tính đến cuối tháng 4/2023, toàn huyện có 236 cơ sở bán lẻ thuốc, tăng 14 cơ sở so với cuối năm 2022; 100% nhà thuốc, quầy thuốc đã được cấp giấy chứng nhận đạt GPP. Năm 2023, huyện đặt mục tiêu tổ chức ít nhất 2 đợt kiểm tra đột xuất và giảm tỷ lệ cơ sở vi phạm xuống dưới 10%.

Minh Thư (Trung tâm VH-TT-TT huyện Chợ Mới)
"""

RNG = P("Từ ngày 10/4 đến ngày 5/5/2023", "2023-04-10", "2023-05-05")
APR = P("tính đến cuối tháng 4/2023", end="2023-04-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở kinh doanh thuốc được kiểm tra"),
    F("phát hiện 13 cơ sở", "13", 13, "count", "cơ sở", "cơ sở vi phạm"),
    F("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở kinh doanh thuốc được kiểm tra", RNG),
    F("18/18 xã", "18", 18, "count", "xã, thị trấn", "xã, thị trấn có cơ sở được kiểm tra", RNG, total=18),
    F("gồm 9 nhà thuốc", "9", 9, "count", "nhà thuốc", "nhà thuốc được kiểm tra", RNG, total=64),
    F("52 quầy thuốc", "52", 52, "count", "quầy thuốc", "quầy thuốc được kiểm tra", RNG, total=64),
    F("và 3 cơ sở bán lẻ", "3", 3, "count", "cơ sở", "cơ sở bán lẻ thuốc dược liệu, thuốc cổ truyền được kiểm tra", RNG,
      total=64),
    F("có 51 cơ sở", "51", 51, "count", "cơ sở", "cơ sở chấp hành tốt các quy định", I(RNG), percent=79.7),
    F("; 13 cơ sở có vi phạm", "13", 13, "count", "cơ sở", "cơ sở có vi phạm", I(RNG)),
    F("đó 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bán thuốc kê đơn không có đơn thuốc", I(RNG), total=13),
    F("5 cơ sở không niêm yết", "5", 5, "count", "cơ sở", "cơ sở không niêm yết giá thuốc", I(RNG), total=13),
    F("3 cơ sở có thuốc hết hạn", "3", 3, "count", "cơ sở", "cơ sở có thuốc hết hạn sử dụng", I(RNG), total=13),
    F("và 1 cơ sở kinh doanh", "1", 1, "count", "cơ sở", "cơ sở kinh doanh thuốc không rõ nguồn gốc", I(RNG), total=13),
    F("xử phạt 13 cơ sở", "13", 13, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", I(RNG)),
    F("số tiền 52,5 triệu đồng", "52,5", 52.5e6, "money", "đồng", "tiền xử phạt", I(RNG)),
    F("18 cơ sở khác", "18", 18, "count", "cơ sở", "cơ sở được nhắc nhở, hướng dẫn khắc phục", I(RNG)),
    F("phát hiện 1.350 viên", "1.350", 1350, "count", "viên", "thuốc tân dược không có hóa đơn, chứng từ", I(RNG)),
    F("24 hộp", "24", 24, "count", "hộp", "thực phẩm bảo vệ sức khỏe không có hóa đơn, chứng từ", I(RNG)),
    F("khoảng 7 triệu đồng", "7", 7e6, "money", "đồng", "trị giá hàng không có hóa đơn, chứng từ", I(RNG), approx="about"),
    F("có 236 cơ sở", "236", 236, "count", "cơ sở", "cơ sở bán lẻ thuốc", APR,
      change=C("increase", 14, "cơ sở", "cuối năm 2022")),
    F("; 100% nhà thuốc", "100", 100, "percent", "%", "nhà thuốc, quầy thuốc được cấp giấy chứng nhận đạt GPP", APR),
    F("ít nhất 2 đợt", "2", 2, "count", "đợt", "đợt kiểm tra đột xuất", Y23, approx="at_least", status="target"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ cơ sở vi phạm", Y23, approx="under", status="target"),
]

NOTES = [
    "District portal of huyện Chợ Mới (An Giang): inter-agency inspection of private drug outlets, 10/4-5/5/2023.",
    "Location is the district (Chợ Mới) throughout; the quầy thuốc in xã Long Điền A lies in it. 'Ngọc Hân 2', 'Long Điền A',",
    "'Nghị định số 117/2020/NĐ-CP', '14:30', 'Thứ Sáu' are not figures. Headline figures carry no period (none in the headline).",
    "'Từ ngày 10/4 đến ngày 5/5/2023' read as the range 2023-04-10..2023-05-05 (the spec lists no such phrase).",
    "Parts after 'gồm' get 64; parts after 'trong đó' get 13 (they add up). 51 and 13 stand after 'Kết quả' with no part-of cue: no total.",
    "'giảm tỷ lệ ... xuống dưới 10%' is a target level (percent, under), not a change.",
]

write(2, TEXT, FIGS, NOTES, published="2023-05-12", location="Chợ Mới")
