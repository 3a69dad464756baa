"""p1316-8: radio/TV site (QTV, Đài PT-TH Quảng Ninh): drink-driving in the first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NINH
Thời sự | Xã hội | Pháp luật | Video | Podcast

6 tháng, Quảng Ninh xử lý gần 6.300 trường hợp vi phạm nồng độ cồn

Cập nhật lúc 18:40, 05/07/2024

Từ đầu năm đến nay, lực lượng Cảnh sát giao thông Công an tỉnh Quảng Ninh đã phát hiện, xử lý 6.284 trường hợp vi phạm nồng độ cồn, trung bình mỗi tháng khoảng 1.050 trường hợp; phạt tiền hơn 27 tỷ đồng, tăng 9,6% so với cùng kỳ năm 2023.

Trong tổng số vi phạm, có 5.317 trường hợp điều khiển xe mô tô, chiếm 84,6%; 967 trường hợp điều khiển ô tô. TP Hạ Long dẫn đầu với 1.958 trường hợp, tiếp theo là TP Cẩm Phả 1.102 trường hợp, TP Uông Bí 746 trường hợp. Với kết quả này, Quảng Ninh đứng thứ 9 toàn quốc về số trường hợp vi phạm nồng độ cồn bị xử lý.

Năm nay, Công an tỉnh được trang bị thêm 45 máy đo nồng độ cồn thế hệ mới Alcotest 6820, mỗi máy có giá khoảng 32 triệu đồng. Tại TP Hạ Long, từ tháng 4 đến tháng 6, Đội CSGT - Trật tự Công an thành phố đã lập 3 chốt kiểm tra cố định tại khu vực Bãi Cháy và Hòn Gai, xử lý 412 trường hợp.

6 tháng cuối năm, Công an tỉnh phấn đấu kéo giảm 10-15% số vụ tai nạn giao thông liên quan đến rượu, bia so với cùng kỳ, tăng cường kiểm tra trên Quốc lộ 18 và Quốc lộ 279.

Video: Lực lượng CSGT kiểm tra nồng độ cồn trên Quốc lộ 18 (02:15)
Đường dây nóng: 0203.3835.210
"""

H1 = per("6 tháng", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-05")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
AJ = per("từ tháng 4 đến tháng 6", "2024-04-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
HL = "Hạ Long"

FIGS = [
    fig("gần 6.300 trường hợp", "6.300", 6300, "count", "trường hợp", approx="nearly",
        subject="trường hợp vi phạm nồng độ cồn Quảng Ninh xử lý", period=H1),
    fig("xử lý 6.284 trường hợp", "6.284", 6284, "count", "trường hợp",
        subject="trường hợp vi phạm nồng độ cồn được phát hiện, xử lý", period=YTD),
    fig("khoảng 1.050 trường hợp", "1.050", 1050, "measure", "trường hợp/tháng", approx="about",
        subject="trường hợp vi phạm xử lý trung bình mỗi tháng", period=YTD),
    fig("hơn 27 tỷ", "27", 27e9, "money", "đồng", approx="over",
        change=chg("increase", 9.6, "%", "cùng kỳ năm 2023"), subject="tiền phạt", period=YTD),
    fig("có 5.317 trường hợp", "5.317", 5317, "count", "trường hợp", total=6284, percent=84.6,
        subject="trường hợp điều khiển xe mô tô", period=inh(YTD)),
    fig("; 967 trường hợp", "967", 967, "count", "trường hợp", total=6284,
        subject="trường hợp điều khiển ô tô", period=inh(YTD)),
    fig("với 1.958 trường hợp", "1.958", 1958, "count", "trường hợp",
        subject="trường hợp vi phạm", period=inh(YTD), location=HL),
    fig("Cẩm Phả 1.102", "1.102", 1102, "count", "trường hợp",
        subject="trường hợp vi phạm", period=inh(YTD), location="Cẩm Phả"),
    fig("Uông Bí 746", "746", 746, "count", "trường hợp",
        subject="trường hợp vi phạm", period=inh(YTD), location="Uông Bí"),
    fig("đứng thứ 9", "9", 9, "rank", "hạng", subject="số trường hợp vi phạm nồng độ cồn bị xử lý",
        period=inh(YTD)),
    fig("thêm 45 máy", "45", 45, "count", "máy đo nồng độ cồn",
        subject="máy đo nồng độ cồn được trang bị thêm", period=Y24),
    fig("khoảng 32 triệu", "32", 32e6, "money", "đồng/máy", approx="about",
        subject="giá máy đo nồng độ cồn"),
    fig("lập 3 chốt", "3", 3, "count", "chốt kiểm tra cố định", subject="chốt kiểm tra cố định",
        period=AJ, location=HL),
    fig("xử lý 412 trường hợp", "412", 412, "count", "trường hợp", subject="trường hợp vi phạm được xử lý",
        period=AJ, location=HL),
    fig("giảm 10-15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="mức kéo giảm số vụ tai nạn giao thông liên quan đến rượu, bia", period=H2),
]

NOTES = [
    "Radio/TV site (QTV, Đài PT-TH Quảng Ninh): menu, headline figure, 'Cập nhật lúc 18:40, 05/07/2024', video link, hotline.",
    "Distractors: 18:40, 'Alcotest 6820' (product name), Quốc lộ 18 / 279, '(02:15)' video length, 'Đường dây nóng: 0203.3835.210'.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-05; headline '6 tháng' = first half of 2024.",
    "'trung bình mỗi tháng khoảng 1.050 trường hợp' is a rate: measure, 'trường hợp/tháng'. 'mỗi máy có giá khoảng 32 triệu đồng' → 'đồng/máy'.",
    "'Trong tổng số vi phạm, có 5.317 ...; 967 ...' are parts of 6.284 (5.317 + 967). The city list has no part-of cue: no total.",
    "'đứng thứ 9 toàn quốc' is the province's rank (location Quảng Ninh). 'Năm nay' = 2024; '6 tháng cuối năm ... phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1316-8", TEXT, NOTES, FIGS, published="2024-07-05", location="Quảng Ninh")
