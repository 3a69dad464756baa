"""p1342-1: province portal (Quảng Ngãi): 11 crew of a sunken fishing boat rescued off Lý Sơn; provincial sea-accident tally."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

Cứu sống 11 thuyền viên tàu cá bị chìm ngoài khơi Lý Sơn

Cập nhật: 18/03/2024 10:25 | Lượt xem: 1.386

Khoảng 2 giờ sáng ngày 17/3, tàu cá QNg 90735 TS (công suất 829 CV) của ông Nguyễn Văn Thạnh, trú xã Bình Châu, huyện Bình Sơn, cùng 11 thuyền viên bị sóng lớn đánh chìm tại vùng biển cách đảo Lý Sơn khoảng 38 hải lý về phía Đông.

Nhận tin báo, Bộ Chỉ huy Bộ đội Biên phòng tỉnh điều động tàu BP 32-02-01 ra hiện trường. Sau hơn 6 giờ tìm kiếm, cả 11 thuyền viên đã được tàu cá QNg 95128 TS đang đánh bắt gần đó cứu vớt an toàn, đưa về cảng Sa Kỳ lúc 14 giờ 30 ngày 17/3. Giá trị tàu và ngư lưới cụ bị chìm ước khoảng 4,2 tỷ đồng.

Theo Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh, từ đầu năm đến nay trên vùng biển đã xảy ra 6 vụ tai nạn tàu cá, tăng 2 vụ so với cùng kỳ năm 2023, làm chìm 4 tàu, hư hỏng 2 tàu, 3 ngư dân chết và mất tích; tổng thiệt hại ước tính gần 13 tỷ đồng. Các lực lượng đã cứu được 47 ngư dân, trong đó 35 người được lai dắt cùng tàu về bờ.

UBND tỉnh đã quyết định hỗ trợ 30 triệu đồng cho mỗi gia đình có người chết, mất tích và 15 triệu đồng cho mỗi tàu bị chìm. Hiện toàn tỉnh có 5.062 tàu cá, trong đó hơn 2.700 tàu hoạt động ở vùng khơi; 100% tàu từ 15 m trở lên đã lắp thiết bị giám sát hành trình.

Tin liên quan:
- Bình Sơn: Diễn tập phòng, chống thiên tai năm 2024
- Triển khai Chỉ thị số 32-CT/TU về chống khai thác IUU
"""

D17a = per("ngày 17/3", "2024-03-17", "2024-03-17")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-03-18")

FIGS = [
    fig("Cứu sống 11 thuyền viên", "11", 11, "count", "thuyền viên",
        subject="thuyền viên tàu cá bị chìm được cứu sống"),
    fig("công suất 829 CV", "829", 829, "measure", "CV", subject="công suất tàu cá QNg 90735 TS"),
    fig("cùng 11 thuyền viên", "11", 11, "count", "thuyền viên",
        subject="thuyền viên trên tàu cá bị sóng đánh chìm", period=D17a),
    fig("khoảng 38 hải lý", "38", 38, "measure", "hải lý", approx="about",
        subject="khoảng cách từ vùng biển tàu chìm đến đảo Lý Sơn"),
    fig("hơn 6 giờ tìm kiếm", "6", 6, "measure", "giờ", approx="over",
        subject="thời gian tìm kiếm", optional=True),
    fig("cả 11 thuyền viên", "11", 11, "count", "thuyền viên",
        subject="thuyền viên được cứu vớt an toàn", period=per("14 giờ 30 ngày 17/3", "2024-03-17", "2024-03-17")),
    fig("ước khoảng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="about", status="estimate",
        subject="giá trị tàu và ngư lưới cụ bị chìm"),
    fig("xảy ra 6 vụ", "6", 6, "count", "vụ", change=chg("increase", 2, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn tàu cá", period=YTD),
    fig("làm chìm 4 tàu", "4", 4, "count", "tàu", subject="tàu bị chìm", period=YTD),
    fig("hư hỏng 2 tàu", "2", 2, "count", "tàu", subject="tàu bị hư hỏng", period=YTD),
    fig("3 ngư dân chết", "3", 3, "count", "ngư dân", subject="ngư dân chết và mất tích", period=YTD),
    fig("gần 13 tỷ", "13", 13e9, "money", "đồng", approx="nearly", status="estimate",
        subject="tổng thiệt hại", period=YTD),
    fig("cứu được 47 ngư dân", "47", 47, "count", "ngư dân", subject="ngư dân được cứu", period=inh(YTD)),
    fig("trong đó 35 người", "35", 35, "count", "người", total=47,
        subject="người được lai dắt cùng tàu về bờ", period=inh(YTD)),
    fig("hỗ trợ 30 triệu", "30", 30e6, "money", "đồng/gia đình",
        subject="mức hỗ trợ cho mỗi gia đình có người chết, mất tích"),
    fig("và 15 triệu", "15", 15e6, "money", "đồng/tàu", subject="mức hỗ trợ cho mỗi tàu bị chìm"),
    fig("có 5.062 tàu", "5.062", 5062, "count", "tàu cá", subject="tàu cá"),
    fig("hơn 2.700 tàu", "2.700", 2700, "count", "tàu", approx="over", total=5062,
        subject="tàu hoạt động ở vùng khơi"),
    fig("100% tàu", "100", 100, "percent", "%",
        subject="tàu từ 15 m trở lên đã lắp thiết bị giám sát hành trình"),
    fig("từ 15 m trở lên", "15", 15, "measure", "m", subject="chiều dài tàu", optional=True),
]

NOTES = [
    "Province portal (Quảng Ngãi): fishing boat sunk off Lý Sơn, 11 crew rescued; provincial tally 'từ đầu năm đến nay'.",
    "Distractors: 10:25, 'Lượt xem: 1.386', '2 giờ sáng', registrations 'QNg 90735 TS', 'QNg 95128 TS', ship 'BP 32-02-01',",
    "'14 giờ 30', 'Chỉ thị số 32-CT/TU', 'năm 2024' in a related link, dates 17/3.",
    "Event figures take the day stated in their sentence (cf. shared gold h25 'Ngày 10/10/2022'); static ones (power, distance) none.",
    "'Sau hơn 6 giờ tìm kiếm' locates the rescue in time: optional. 'từ 15 m trở lên' is a class threshold: optional (cf. 'từ 15 tuổi').",
    "'Từ đầu năm đến nay' ends at the dateline 2024-03-18; the next sentence's 47/35 inherit it. 'trong đó 35 người' → total 47.",
    "Location Quảng Ngãi throughout: the owner's address (Bình Sơn) and the reference point (đảo Lý Sơn) are not the figure's place.",
]

if __name__ == "__main__":
    write("p1342-1", TEXT, NOTES, FIGS, published="2024-03-18", location="Quảng Ngãi")
