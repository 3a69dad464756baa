from lib import F, P, emit
text = """Bắc Yên khai giảng 9 lớp xóa mù chữ cho đồng bào Mông
Thứ Sáu, 15/11/2024 - 09:42

Sáng 14/11, tại nhà văn hóa bản Háng Đồng A, xã Háng Đồng, Phòng Giáo dục và Đào tạo huyện Bắc Yên tổ chức khai giảng lớp xóa mù chữ năm 2024. Đây là 1 trong 9 lớp được mở đợt này tại 6 xã Háng Đồng, Xím Vàng, Tà Xùa, Làng Chếu, Hang Chú và Phiêng Côn, với tổng số 243 học viên; trong đó 231 học viên là người dân tộc Mông, 12 học viên là người dân tộc Dao. Học viên nữ chiếm 68,7%.

Mỗi lớp có từ 22 đến 30 học viên, học vào buổi tối từ 19 giờ đến 21 giờ tại nhà văn hóa bản hoặc điểm trường lẻ. Tổng kinh phí mở lớp năm 2024 là 1,26 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; giáo viên được hỗ trợ 95.000 đồng/tiết, học viên được hỗ trợ 40.000 đồng/buổi học.

Từ năm 2021 đến nay, huyện đã mở 31 lớp xóa mù chữ với 812 học viên. Nhờ đó, tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 của huyện tăng từ 81,3% năm 2021 lên 88,6% năm 2024. Tuy nhiên, toàn huyện vẫn còn gần 2.900 người mù chữ, tái mù chữ, tập trung ở các bản vùng cao; số học viên bỏ học giữa chừng chiếm khoảng 5%.

Ông Sồng A Lử, Phó Trưởng phòng GD&ĐT huyện cho biết: "Theo kế hoạch, năm 2025 huyện mở thêm 8 lớp với khoảng 200 học viên, phấn đấu 14/14 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2".

Mọi thông tin chi tiết xin liên hệ Phòng GD&ĐT huyện Bắc Yên, tiểu khu 1, thị trấn Bắc Yên; điện thoại 0212.3864.215.

Lò Văn Tuấn - Trung tâm TT-VH huyện Bắc Yên
"""
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-11-15")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIT2 = "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2"
figs = [
    F("khai giảng 9 lớp", "9", 9, "count", "lớp", "lớp xóa mù chữ khai giảng", period=Y24i),
    F("Đây là 1 trong", "1", 1, "count", "lớp", optional=True),
    F("trong 9 lớp", "9", 9, "count", "lớp", "lớp xóa mù chữ được mở đợt này", period=Y24i),
    F("tại 6 xã", "6", 6, "count", "xã", "xã mở lớp xóa mù chữ", period=Y24i),
    F("tổng số 243 học viên", "243", 243, "count", "học viên", "học viên lớp xóa mù chữ", period=Y24i),
    F("231 học viên", "231", 231, "count", "học viên", "học viên là người dân tộc Mông", total=243, period=Y24i),
    F("Mông, 12 học viên", "12", 12, "count", "học viên", "học viên là người dân tộc Dao", total=243, period=Y24i),
    F("nữ chiếm 68,7%", "68,7", 68.7, "percent", "%", "học viên nữ", period=Y24i),
    F("từ 22 đến 30 học viên", "22", 22, "count", "học viên", "học viên mỗi lớp", value_max=30, period=Y24i),
    F("là 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "tổng kinh phí mở lớp xóa mù chữ", period=Y24),
    F("hỗ trợ 95.000 đồng/tiết", "95.000", 95000, "money", "đồng/tiết", "hỗ trợ giáo viên dạy lớp xóa mù chữ", period=Y24),
    F("hỗ trợ 40.000 đồng/buổi", "40.000", 40000, "money", "đồng/buổi học", "hỗ trợ học viên", period=Y24),
    F("mở 31 lớp", "31", 31, "count", "lớp", "lớp xóa mù chữ", period=SINCE),
    F("với 812 học viên", "812", 812, "count", "học viên", "học viên lớp xóa mù chữ", period=SINCE),
    F("từ 15 đến 60 tuổi", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("từ 81,3%", "81,3", 81.3, "percent", "%", LIT2, period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("lên 88,6%", "88,6", 88.6, "percent", "%", LIT2, period=Y24),
    F("gần 2.900 người", "2.900", 2900, "count", "người", "người mù chữ, tái mù chữ", approx="nearly", period=Y24i),
    F("khoảng 5%", "5", 5, "percent", "%", "học viên bỏ học giữa chừng", approx="about", period=Y24i),
    F("thêm 8 lớp", "8", 8, "count", "lớp", "lớp xóa mù chữ mở thêm", status="target", period=Y25),
    F("khoảng 200 học viên", "200", 200, "count", "học viên", "học viên lớp xóa mù chữ", approx="about", status="target", period=Y25),
    F("14/14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2", total=14, status="target", period=Y25),
]
emit("p336-2", text, [
    "Cổng TTĐT huyện Bắc Yên (Sơn La), district portal: khai giảng lớp xóa mù chữ năm 2024. Dateline 'Thứ Sáu, 15/11/2024 - 09:42', byline at the end.",
    "Location: the district Bắc Yên (the commune list '6 xã Háng Đồng, …' does not change it). 'Sáng 14/11', '19 giờ đến 21 giờ', 'tiểu khu 1', phone 0212.3864.215 are not figures.",
    "'1 trong 9 lớp' : the 1 is optional. 231 and 12 follow 'trong đó' after 243 học viên: total 243. 'Học viên nữ chiếm 68,7%' stands in its own sentence: a percent figure.",
    "'Từ năm 2021 đến nay' runs 2021-01-01 .. published. 'tăng từ 81,3% năm 2021 lên 88,6% năm 2024': two levels, each with its year; no change attribute (none is stated).",
    "'gần 2.900 người' and 'khoảng 5%' take the inherited 'năm 2024' (present state, not scored). 'Theo kế hoạch, năm 2025 …' makes 8 lớp, 200 học viên, 14/14 targets.",
    "'từ 22 đến 30 học viên' (class size) is a count range (period inherited). 'mức độ 2' is a level name; 'từ 15 đến 60 tuổi' optional.",
], figs, published="2024-11-15", location="Bắc Yên")
