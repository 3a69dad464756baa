"""p1155-2: district portal (huyện Nam Trà My, Quảng Nam): commune rain gauges and landslide warnings."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND HUYỆN NAM TRÀ MY - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức | Phòng chống thiên tai | Liên hệ

Trạm đo mưa tự động - "tai mắt" cảnh báo sạt lở ở vùng cao

Ngày đăng: 25/10/2024 16:05

Hiện nay, trên địa bàn huyện Nam Trà My có 14 trạm đo mưa tự động, phủ kín 10/10 xã. Trong đó, 6 trạm do Đài Khí tượng Thủy văn tỉnh Quảng Nam đầu tư, 8 trạm còn lại được lắp đặt từ dự án hỗ trợ của một tổ chức phi chính phủ.

Tại xã Trà Leng, trạm đo mưa được đặt trong khuôn viên trụ sở UBND xã ở thôn 1. Anh Hồ Văn Tâm, công chức địa chính - nông nghiệp xã, mỗi ngày kiểm tra tấm pin năng lượng mặt trời và bộ truyền dữ liệu hai lần. Từ ngày 1/10 đến nay, trạm Trà Leng ghi nhận tổng lượng mưa 1.126 mm, riêng ngày 19/10 đo được 286 mm. Khi lượng mưa 24 giờ vượt ngưỡng 150 mm, hệ thống tự động phát tin cảnh báo qua loa truyền thanh của thôn.

Trong tháng 10, UBND huyện đã phát 23 bản tin cảnh báo, gửi hơn 2.400 tin nhắn đến điện thoại của người dân; các xã đã di dời 215 hộ với 812 nhân khẩu đến nơi an toàn.

Người trực trạm ở các xã được huyện hỗ trợ 500.000 đồng/người/tháng. Năm 2024, có hai trạm bị sét đánh hỏng bộ truyền dữ liệu, chi phí sửa chữa gần 60 triệu đồng.

Năm 2025, huyện dự kiến lắp thêm 4 trạm tại các thôn có nguy cơ sạt lở cao, nâng tổng số trạm lên 18 trạm, với kinh phí khoảng 720 triệu đồng.

Địa chỉ: Thôn 2, xã Trà Mai, huyện Nam Trà My, tỉnh Quảng Nam
Điện thoại: 0235.3880.135
"""

OCT = per("Từ ngày 1/10 đến nay", "2024-10-01", "2024-10-25")
D19 = per("ngày 19/10", "2024-10-19", "2024-10-19")
T10 = per("Trong tháng 10", "2024-10-01", "2024-10-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("có 14 trạm", "14", 14, "count", "trạm", subject="trạm đo mưa tự động"),
    fig("10/10 xã", "10", 10, "count", "xã", total=10, subject="xã có trạm đo mưa tự động"),
    fig("6 trạm do", "6", 6, "count", "trạm", total=14,
        subject="trạm đo mưa tự động do Đài Khí tượng Thủy văn tỉnh Quảng Nam đầu tư"),
    fig("8 trạm còn lại", "8", 8, "count", "trạm", total=14,
        subject="trạm đo mưa tự động lắp đặt từ dự án hỗ trợ của tổ chức phi chính phủ"),
    fig("dữ liệu hai lần", "hai", 2, "count", "lần", subject="lần kiểm tra trạm mỗi ngày", optional=True),
    fig("lượng mưa 1.126 mm", "1.126", 1126, "measure", "mm", subject="tổng lượng mưa trạm Trà Leng", period=OCT),
    fig("được 286 mm", "286", 286, "measure", "mm", subject="lượng mưa trạm Trà Leng", period=D19),
    fig("ngưỡng 150 mm", "150", 150, "measure", "mm", subject="ngưỡng lượng mưa 24 giờ phát tin cảnh báo",
        optional=True),
    fig("phát 23 bản tin", "23", 23, "count", "bản tin", subject="bản tin cảnh báo phát", period=T10),
    fig("hơn 2.400 tin nhắn", "2.400", 2400, "count", "tin nhắn", approx="over",
        subject="tin nhắn cảnh báo gửi đến điện thoại của người dân", period=T10),
    fig("di dời 215 hộ", "215", 215, "count", "hộ", subject="hộ di dời đến nơi an toàn", period=T10),
    fig("812 nhân khẩu", "812", 812, "count", "nhân khẩu", subject="nhân khẩu di dời đến nơi an toàn", period=T10),
    fig("hỗ trợ 500.000 đồng", "500.000", 500000, "money", "đồng/người/tháng",
        subject="mức hỗ trợ người trực trạm"),
    fig("có hai trạm", "hai", 2, "count", "trạm", subject="trạm bị sét đánh hỏng bộ truyền dữ liệu", period=Y24),
    fig("gần 60 triệu", "60", 60e6, "money", "đồng", approx="nearly", subject="chi phí sửa chữa trạm", period=Y24),
    fig("thêm 4 trạm", "4", 4, "count", "trạm", status="forecast",
        subject="trạm lắp thêm tại các thôn có nguy cơ sạt lở cao", period=Y25),
    fig("lên 18 trạm", "18", 18, "count", "trạm", status="forecast", subject="tổng số trạm", period=Y25),
    fig("khoảng 720 triệu", "720", 720e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí lắp thêm trạm", period=Y25),
]

NOTES = [
    "District portal (UBND huyện Nam Trà My, Quảng Nam), 'Ngày đăng: 25/10/2024 16:05'. Default location: the district.",
    "Distractors: 'thôn 1', 'Thôn 2', phone 0235.3880.135, time 16:05, 'lượng mưa 24 giờ' (an accumulation window, not a figure).",
    "'Từ ngày 1/10 đến nay' ends at the published date; 'ngày 19/10' is a one-day period. Commune Trà Leng is not a district: location Nam Trà My.",
    "Optional: the officer's checks 'hai lần' per day; the alarm threshold 'ngưỡng 150 mm' (a setting, not an observation).",
    "'Hiện nay' gives no period. 'dự kiến' governs the whole last sentence (4, 18 trạm, 720 triệu): forecast.",
]

if __name__ == "__main__":
    write("p1155-2", TEXT, NOTES, FIGS, published="2024-10-25", location="Nam Trà My")
