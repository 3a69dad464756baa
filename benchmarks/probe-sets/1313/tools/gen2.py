"""p1313-2: district portal (huyện Nghĩa Hành, Quảng Ngãi): kè chống sạt lở bờ tả sông Vệ, xã Hành Thuận."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGHĨA HÀNH - TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Khẩn trương thi công kè chống sạt lở bờ sông Vệ trước mùa mưa bão

Ngày đăng: 22/05/2024

Sáng 21/5, Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện Nghĩa Hành kiểm tra tiến độ thi công công trình kè chống sạt lở bờ tả sông Vệ, đoạn qua thôn Phú Lâm Đông, xã Hành Thuận.

Công trình có chiều dài 980 m, tổng vốn đầu tư 68 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 50 tỷ đồng, ngân sách huyện đối ứng 18 tỷ đồng. Thời gian thi công 540 ngày, khởi công từ tháng 9/2023. Đến nay, đơn vị thi công đã hoàn thành 620 m kè mái và 2 bến neo đậu, giá trị khối lượng ước đạt 31,5 tỷ đồng, bằng khoảng 46% giá trị hợp đồng.

Theo ông Trần Văn Lộc, Phó Giám đốc Ban, năm 2023 mưa lũ làm đoạn bờ sông này sạt lở dài khoảng 350 m, có vị trí ăn sâu vào đất liền từ 8 đến 12 m, đe dọa trực tiếp 43 hộ dân với gần 200 nhân khẩu. Khi hoàn thành, công trình dự kiến bảo vệ an toàn cho hơn 150 hộ dân và khoảng 60 ha đất sản xuất nông nghiệp của hai xã Hành Thuận và Hành Trung.

Nhà thầu đã tăng cường thêm 2 máy đào, 3 xe tải và khoảng 20 lao động, tổ chức thi công 2 ca mỗi ngày. Phấn đấu đến ngày 31/8/2024 hoàn thành toàn bộ phần kè mái, đạt ít nhất 85% khối lượng công trình.

Các tin khác:
- Nghĩa Hành triển khai Kế hoạch số 86/KH-UBND về phòng, chống thiên tai năm 2024
- Hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn

BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGHĨA HÀNH
Địa chỉ: 125 Phạm Văn Đồng, thị trấn Chợ Chùa, huyện Nghĩa Hành
Điện thoại: 0255.3861.247
"""

NH = "Nghĩa Hành"
NOW = per("Đến nay", None, "2024-05-22")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T0831 = per("đến ngày 31/8/2024", None, "2024-08-31")

FIGS = [
    fig("chiều dài 980 m", "980", 980, "measure", "m", subject="chiều dài công trình"),
    fig("đầu tư 68 tỷ", "68", 68e9, "money", "đồng", subject="tổng vốn đầu tư công trình"),
    fig("hỗ trợ 50 tỷ", "50", 50e9, "money", "đồng", total=68e9, subject="ngân sách tỉnh hỗ trợ"),
    fig("đối ứng 18 tỷ", "18", 18e9, "money", "đồng", total=68e9, subject="ngân sách huyện đối ứng"),
    fig("540 ngày", "540", 540, "measure", "ngày", subject="thời gian thi công"),
    fig("hoàn thành 620 m", "620", 620, "measure", "m", subject="kè mái đơn vị thi công đã hoàn thành",
        period=NOW),
    fig("2 bến neo đậu", "2", 2, "count", "bến neo đậu", subject="bến neo đậu đã hoàn thành", period=NOW),
    fig("ước đạt 31,5 tỷ", "31,5", 31.5e9, "money", "đồng", percent=46, status="estimate",
        subject="giá trị khối lượng", period=NOW),
    fig("khoảng 350 m", "350", 350, "measure", "m", approx="about",
        subject="chiều dài đoạn bờ sông sạt lở", period=Y23),
    fig("từ 8 đến 12 m", "8", 8, "measure", "m", value_max=12,
        subject="vị trí sạt lở ăn sâu vào đất liền", period=Y23),
    fig("43 hộ dân", "43", 43, "count", "hộ", subject="hộ dân bị đe dọa trực tiếp", period=Y23),
    fig("gần 200 nhân khẩu", "200", 200, "count", "nhân khẩu", approx="nearly",
        subject="nhân khẩu bị đe dọa trực tiếp", period=Y23),
    fig("hơn 150 hộ", "150", 150, "count", "hộ", approx="over", status="forecast",
        subject="hộ dân công trình bảo vệ an toàn"),
    fig("khoảng 60 ha", "60", 60, "measure", "ha", approx="about", status="forecast",
        subject="đất sản xuất nông nghiệp công trình bảo vệ an toàn"),
    fig("hai xã", "hai", 2, "count", "xã", status="forecast", subject="xã được bảo vệ", optional=True),
    fig("thêm 2 máy đào", "2", 2, "count", "máy đào", subject="máy đào nhà thầu tăng cường thêm"),
    fig("3 xe tải", "3", 3, "count", "xe tải", subject="xe tải nhà thầu tăng cường thêm"),
    fig("khoảng 20 lao động", "20", 20, "count", "lao động", approx="about",
        subject="lao động nhà thầu tăng cường thêm"),
    fig("2 ca mỗi ngày", "2", 2, "measure", "ca/ngày", subject="ca thi công mỗi ngày"),
    fig("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target",
        subject="khối lượng công trình hoàn thành", period=T0831),
]

NOTES = [
    "District portal (huyện Nghĩa Hành, Quảng Ngãi): banner, menu, 'Ngày đăng: 22/05/2024', 'Các tin khác', address footer.",
    "All figures describe a work in xã Hành Thuận, huyện Nghĩa Hành → location Nghĩa Hành (a commune is not a place level of the spec).",
    "'trong đó ngân sách tỉnh hỗ trợ 50 tỷ ..., ngân sách huyện đối ứng 18 tỷ' = 68 tỷ → total 68e9.",
    "'Thời gian thi công 540 ngày' is the contract duration stated as the claim (a measure), not a date locating another figure.",
    "'Đến nay' = as of the article's date (2024-05-22), start null. 'ước đạt' governs only its own clause: 620 m and 2 bến stay actual.",
    "'bằng khoảng 46%' is the percent attribute of 31,5 tỷ (the 'khoảng' belongs to the share, so the money stays exact).",
    "'dự kiến bảo vệ ... hơn 150 hộ ... khoảng 60 ha' → forecast. 'hai xã Hành Thuận và Hành Trung' names the communes: optional.",
    "'2 ca mỗi ngày' is a rate (ca/ngày). 'Phấn đấu đến ngày 31/8/2024 ... ít nhất 85%' → target, as-of period.",
    "Distractors: 'Sáng 21/5', tháng 9/2023, Kế hoạch số 86/KH-UBND, '125 Phạm Văn Đồng', phone 0255.3861.247, năm 2024 in a link.",
]

if __name__ == "__main__":
    write("p1313-2", TEXT, NOTES, FIGS, published="2024-05-22", location=NH)
