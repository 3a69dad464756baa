"""p503-2: district portal (huyện Thanh Chương, Nghệ An), commune-level online dossiers H1/2024, QR fees, digital teams."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử huyện Thanh Chương
Trang chủ | Tin hoạt động | Cải cách hành chính

Thanh Chương: 6 tháng đầu năm, 72,4% hồ sơ cấp xã được nộp trực tuyến

Thứ Năm, 11/07/2024 - 15:20

6 tháng đầu năm 2024, Bộ phận Một cửa của 37 xã, thị trấn trên địa bàn huyện tiếp nhận 28.416 hồ sơ thủ tục hành chính, tăng 14,5% so với cùng kỳ năm 2023. Trong đó, hồ sơ nộp trực tuyến là 20.573 hồ sơ, chiếm 72,4%; hồ sơ nộp trực tiếp và qua bưu chính công ích là 7.843 hồ sơ. Đã giải quyết 27.950 hồ sơ, trong đó đúng và trước hạn 27.901 hồ sơ, đạt 99,82%; quá hạn 49 hồ sơ.

Một số xã có tỷ lệ hồ sơ trực tuyến cao như Thanh Đồng (91,2%), Thanh Ngọc (88,7%), Đồng Văn (86,05%); ngược lại, xã Hạnh Lâm chỉ đạt 41,3%. Huyện đã chọn hai xã Thanh Đồng và Đồng Văn làm điểm về chuyển đổi số cấp xã.

Về thanh toán không dùng tiền mặt, 100% xã, thị trấn đã thu phí, lệ phí qua mã QR; số tiền thu không dùng tiền mặt đạt gần 1,86 tỷ đồng. Toàn huyện có 412 tổ công nghệ số cộng đồng với 2.475 thành viên, đã hỗ trợ trên 31.000 lượt người dân thực hiện dịch vụ công trực tuyến.

Phấn đấu đến cuối năm 2024, tỷ lệ hồ sơ trực tuyến cấp xã đạt trên 80%; 100% hộ gia đình có ít nhất một người biết sử dụng điện thoại thông minh.

Minh Hằng (Văn phòng HĐND và UBND huyện)
Điện thoại: 0238.3821.208 - Khối 4, thị trấn Thanh Chương
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1h = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
EOY = P("đến cuối năm 2024", end="2024-12-31")

SUBJ_RATE = "tỷ lệ hồ sơ trực tuyến"
FIGS = [
    F("đầu năm, 72,4%", "72,4", 72.4, "percent", "%", "hồ sơ cấp xã được nộp trực tuyến", H1h),
    F("của 37 xã", "37", 37, "count", "xã, thị trấn", "xã, thị trấn có Bộ phận Một cửa tiếp nhận hồ sơ", H1),
    F("tiếp nhận 28.416 hồ sơ", "28.416", 28416, "count", "hồ sơ", "hồ sơ thủ tục hành chính cấp xã tiếp nhận", H1,
      change=CH("increase", 14.5, "%", "cùng kỳ năm 2023")),
    F("là 20.573 hồ sơ", "20.573", 20573, "count", "hồ sơ", "hồ sơ nộp trực tuyến", I(H1), total=28416, percent=72.4),
    F("là 7.843 hồ sơ", "7.843", 7843, "count", "hồ sơ", "hồ sơ nộp trực tiếp và qua bưu chính công ích", I(H1),
      total=28416),
    F("giải quyết 27.950 hồ sơ", "27.950", 27950, "count", "hồ sơ", "hồ sơ đã giải quyết", I(H1)),
    F("trước hạn 27.901 hồ sơ", "27.901", 27901, "count", "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", I(H1),
      total=27950, percent=99.82),
    F("quá hạn 49 hồ sơ", "49", 49, "count", "hồ sơ", "hồ sơ giải quyết quá hạn", I(H1), total=27950),
    F("Thanh Đồng (91,2%)", "91,2", 91.2, "percent", "%", SUBJ_RATE, I(H1)),
    F("Thanh Ngọc (88,7%)", "88,7", 88.7, "percent", "%", SUBJ_RATE, I(H1)),
    F("Đồng Văn (86,05%)", "86,05", 86.05, "percent", "%", SUBJ_RATE, I(H1)),
    F("chỉ đạt 41,3%", "41,3", 41.3, "percent", "%", SUBJ_RATE, I(H1)),
    F("chọn hai xã", "hai", 2, "count", "xã", "xã làm điểm về chuyển đổi số cấp xã"),
    F("tiền mặt, 100% xã", "100", 100, "percent", "%", "xã, thị trấn thu phí, lệ phí qua mã QR"),
    F("gần 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng", "số tiền thu không dùng tiền mặt", approx="nearly"),
    F("có 412 tổ", "412", 412, "count", "tổ", "tổ công nghệ số cộng đồng"),
    F("với 2.475 thành viên", "2.475", 2475, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng"),
    F("trên 31.000 lượt", "31.000", 31000, "count", "lượt người dân",
      "lượt người dân được hỗ trợ thực hiện dịch vụ công trực tuyến", approx="over"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", EOY, approx="over", status="target"),
    F("100% hộ gia đình", "100", 100, "percent", "%", "hộ gia đình có người biết sử dụng điện thoại thông minh", EOY,
      status="target"),
    F("ít nhất một người", "một", 1, "count", "người", approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Thanh Chương (Nghệ An, invented): hồ sơ TTHC cấp xã 6 tháng đầu năm 2024, communes' online rates, QR fees,",
    "tổ công nghệ số cộng đồng, end-2024 targets. Dateline 'Thứ Năm, 11/07/2024 - 15:20'; byline at the end.",
    "Commune list items (Thanh Đồng, Thanh Ngọc, Đồng Văn, Hạnh Lâm): a commune is below the spec's province/city/district level,",
    "so location stays the district (Thanh Chương) and the subject is the list's indicator.",
    "Headline '6 tháng đầu năm' has no year: takes 2024 from the dateline. 'ít nhất một người' is a condition: optional.",
    "Distractors: 0238.3821.208, Khối 4, dateline time 15:20.",
]

if __name__ == "__main__":
    emit("p503-2", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Thanh Chương")
