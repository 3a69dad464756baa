"""p1399-1: province portal (Tây Ninh): snakebite cases at the provincial hospital, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH
Trang chủ > Tin tức - Sự kiện > Y tế

6 tháng, Bệnh viện Đa khoa tỉnh cấp cứu hơn 180 ca rắn cắn

Cập nhật: 16/07/2024 09:45 | Lượt xem: 1.286

Theo Bệnh viện Đa khoa tỉnh Tây Ninh, 6 tháng đầu năm 2024, Khoa Hồi sức tích cực - Chống độc đã tiếp nhận, cấp cứu 186 ca bị rắn cắn, tăng 14,1% so với cùng kỳ năm 2023. Trong đó, 121 ca do rắn lục tre, 38 ca do rắn chàm quạp, 19 ca do rắn hổ mang và 8 ca chưa xác định được loại rắn.

Phần lớn bệnh nhân là nông dân ở các huyện Tân Biên, Tân Châu và Dương Minh Châu, bị rắn cắn khi làm rẫy, cạo mủ cao su ban đêm. Có 97 ca phải dùng huyết thanh kháng nọc rắn, chiếm 52,2% số ca nhập viện; 11 bệnh nhân phải thở máy và hai trường hợp tử vong do đến viện muộn.

Bác sĩ CKII Lê Văn Thạnh, Trưởng khoa Hồi sức tích cực - Chống độc, cho biết thời gian nằm viện trung bình của bệnh nhân là 5,4 ngày; mỗi ca điều trị có dùng huyết thanh tốn từ 15 đến 40 triệu đồng, phần lớn do bảo hiểm y tế chi trả. Hiện kho của bệnh viện còn 250 lọ huyết thanh kháng nọc rắn lục tre và 120 lọ huyết thanh kháng nọc rắn hổ đất, đủ dùng trong khoảng 2 tháng.

Ngành y tế khuyến cáo người dân mang ủng, dùng đèn pin khi đi rẫy ban đêm; khi bị rắn cắn cần băng ép, bất động chi và gọi ngay 115 hoặc đường dây nóng 0276.3822.115 của bệnh viện, không garo, không chích rạch, đắp lá.

Tin liên quan:
- Tây Ninh triển khai Kế hoạch số 1725/KH-UBND phòng, chống dịch bệnh mùa mưa năm 2024
- Bệnh viện Đa khoa tỉnh đưa vào sử dụng máy thở Hamilton C3
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_HEAD = per("6 tháng", "2024-01-01", "2024-06-30")

FIGS = [
    fig("cấp cứu hơn 180 ca", "180", 180, "count", "ca", approx="over",
        subject="ca rắn cắn được cấp cứu", period=H1_HEAD),
    fig("cấp cứu 186 ca", "186", 186, "count", "ca",
        change=chg("increase", 14.1, "%", "cùng kỳ năm 2023"),
        subject="ca bị rắn cắn được tiếp nhận, cấp cứu", period=H1),
    fig("121 ca do rắn lục tre", "121", 121, "count", "ca", total=186,
        subject="ca do rắn lục tre", period=inh(H1)),
    fig("38 ca do rắn chàm quạp", "38", 38, "count", "ca", total=186,
        subject="ca do rắn chàm quạp", period=inh(H1)),
    fig("19 ca do rắn hổ mang", "19", 19, "count", "ca", total=186,
        subject="ca do rắn hổ mang", period=inh(H1)),
    fig("8 ca chưa xác định", "8", 8, "count", "ca", total=186,
        subject="ca chưa xác định được loại rắn", period=inh(H1)),
    fig("Có 97 ca", "97", 97, "count", "ca", percent=52.2,
        subject="ca phải dùng huyết thanh kháng nọc rắn", period=inh(H1)),
    fig("11 bệnh nhân", "11", 11, "count", "bệnh nhân",
        subject="bệnh nhân phải thở máy", period=inh(H1)),
    fig("hai trường hợp", "hai", 2, "count", "trường hợp",
        subject="trường hợp tử vong do đến viện muộn", period=inh(H1)),
    fig("là 5,4 ngày", "5,4", 5.4, "measure", "ngày",
        subject="thời gian nằm viện trung bình của bệnh nhân"),
    fig("từ 15 đến 40 triệu", "15", 15e6, "money", "đồng/ca", value_max=40e6,
        subject="chi phí mỗi ca điều trị có dùng huyết thanh"),
    fig("còn 250 lọ", "250", 250, "count", "lọ",
        subject="huyết thanh kháng nọc rắn lục tre trong kho của bệnh viện"),
    fig("và 120 lọ", "120", 120, "count", "lọ",
        subject="huyết thanh kháng nọc rắn hổ đất trong kho của bệnh viện"),
    fig("khoảng 2 tháng", "2", 2, "measure", "tháng", approx="about",
        subject="thời gian huyết thanh trong kho đủ dùng"),
]

NOTES = [
    "Province portal (Tây Ninh): snakebite cases at the provincial hospital, 6 months of 2024; breadcrumb, 'Cập nhật: 16/07/2024 09:45 | Lượt xem: 1.286', related links.",
    "Distractors: 09:45, 'Lượt xem: 1.286', 'CKII', emergency number 115, hotline 0276.3822.115, 'Kế hoạch số 1725/KH-UBND', 'năm 2024' in a link title, 'Hamilton C3'.",
    "Headline 'hơn 180 ca' is its own figure (over); year-less '6 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break: total 186, period inherited (not scored). 121+38+19+8 = 186.",
    "'97 ca ..., chiếm 52,2% số ca nhập viện' → percent attribute, no total (no cue). 'hai trường hợp' → number word 2.",
    "The doctor's standing figures (5,4 ngày, 15-40 triệu đồng per case, stock 250/120 lọ, 'khoảng 2 tháng') carry no period.",
    "'mỗi ca ... tốn từ 15 đến 40 triệu đồng' → unit đồng/ca. 'đủ dùng trong khoảng 2 tháng' is a claim about the stock (measure), not a time locator.",
]

if __name__ == "__main__":
    write("p1399-1", TEXT, NOTES, FIGS, published="2024-07-16", location="Tây Ninh")
