"""p692-2: district portal (huyện Yên Thành, Nghệ An) - young people from the district studying abroad."""
from lib import write, fig, per, inh, ch

TEXT = """UBND HUYỆN YÊN THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Lao động - Việc làm
Thứ Tư, 22/05/2024 - 09:15

Yên Thành: Gần 2.400 con em đang du học ở nước ngoài

Theo số liệu của Phòng Lao động - Thương binh và Xã hội huyện, tính đến ngày 31/3/2024, toàn huyện có 2.386 người đang du học ở nước ngoài, tăng 312 người so với cuối năm 2022. Nhật Bản vẫn là điểm đến được lựa chọn nhiều nhất với 1.420 du học sinh, chiếm 59,5%; tiếp đến là Hàn Quốc 538 người, Đài Loan (Trung Quốc) 247 người và Đức 96 người.

Các xã có đông du học sinh gồm: Công Thành (214 người), Bắc Thành (186 người), Phúc Thành (171 người), Tăng Thành (158 người).

Nguồn thu từ du học sinh góp phần quan trọng vào kinh tế hộ gia đình. Ước tính năm 2023, lượng kiều hối do du học sinh và người lao động gửi về qua các ngân hàng trên địa bàn đạt khoảng 1.150 tỷ đồng, tăng 8,4% so với năm 2022. Bình quân mỗi du học sinh gửi về gia đình từ 8 đến 12 triệu đồng/tháng.

Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đã cho 146 hộ vay vốn đi du học với tổng dư nợ 14,6 tỷ đồng, mức cho vay tối đa 100 triệu đồng/hộ. Chi phí cho một du học sinh sang Nhật Bản hiện khoảng 180-220 triệu đồng.

Huyện hiện có 12 đơn vị tư vấn du học được Sở GD&ĐT cấp phép hoạt động. Trong quý I/2024, Phòng đã tiếp nhận và giải đáp 57 lượt phản ánh của người dân liên quan đến hoạt động tư vấn du học. Năm 2024, huyện phấn đấu có thêm 350 người đi du học theo đúng quy định, không để phát sinh tình trạng du học "chui".

Mọi thông tin xin liên hệ: Phòng LĐ-TB&XH huyện Yên Thành, khối 2, thị trấn Hoa Thành; ĐT: 0238.3863.115.

Hoàng Minh (Trung tâm VH-TT&TT huyện)
"""

ASOF = per("tính đến ngày 31/3/2024", end="2024-03-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Gần 2.400 con em", "2.400", 2400, "count", "con em", "con em đang du học ở nước ngoài", inh(ASOF), approx="nearly"),
    fig("có 2.386 người", "2.386", 2386, "count", "người", "người đang du học ở nước ngoài", ASOF,
        change=ch("increase", 312, "người", "cuối năm 2022")),
    fig("nhất với 1.420 du học sinh", "1.420", 1420, "count", "du học sinh", "du học sinh tại Nhật Bản", inh(ASOF), percent=59.5),
    fig("Hàn Quốc 538 người", "538", 538, "count", "người", "du học sinh tại Hàn Quốc", inh(ASOF)),
    fig("(Trung Quốc) 247 người", "247", 247, "count", "người", "du học sinh tại Đài Loan (Trung Quốc)", inh(ASOF)),
    fig("Đức 96 người", "96", 96, "count", "người", "du học sinh tại Đức", inh(ASOF)),
    fig("Công Thành (214 người)", "214", 214, "count", "người", "du học sinh", inh(ASOF), location="Công Thành"),
    fig("Bắc Thành (186 người)", "186", 186, "count", "người", "du học sinh", inh(ASOF), location="Bắc Thành"),
    fig("Phúc Thành (171 người)", "171", 171, "count", "người", "du học sinh", inh(ASOF), location="Phúc Thành"),
    fig("Tăng Thành (158 người)", "158", 158, "count", "người", "du học sinh", inh(ASOF), location="Tăng Thành"),
    fig("đạt khoảng 1.150 tỷ đồng", "1.150", 1150000000000, "money", "đồng",
        "lượng kiều hối do du học sinh và người lao động gửi về qua các ngân hàng trên địa bàn", Y23,
        approx="about", change=ch("increase", 8.4, "%", "năm 2022"), status="estimate"),
    fig("từ 8 đến 12 triệu đồng/tháng", "8", 8000000, "money", "đồng/tháng", "tiền mỗi du học sinh gửi về gia đình bình quân",
        inh(Y23), value_max=12000000),
    fig("cho 146 hộ", "146", 146, "count", "hộ", "hộ vay vốn đi du học"),
    fig("dư nợ 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "tổng dư nợ cho vay đi du học"),
    fig("tối đa 100 triệu đồng/hộ", "100", 100000000, "money", "đồng/hộ", "mức cho vay", approx="at_most"),
    fig("khoảng 180-220 triệu đồng", "180", 180000000, "money", "đồng", "chi phí cho một du học sinh sang Nhật Bản",
        value_max=220000000, approx="about"),
    fig("có 12 đơn vị", "12", 12, "count", "đơn vị", "đơn vị tư vấn du học được cấp phép hoạt động"),
    fig("giải đáp 57 lượt", "57", 57, "count", "lượt phản ánh",
        "lượt phản ánh của người dân liên quan đến hoạt động tư vấn du học được tiếp nhận và giải đáp", Q1),
    fig("thêm 350 người", "350", 350, "count", "người", "người đi du học theo đúng quy định", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): con em du học ở nước ngoài, tính đến 31/3/2024. Dateline 'Thứ Tư, 22/05/2024 - 09:15', byline at the end.",
    "Location: the district (Yên Thành); communes in the bracketed list are places, so they go to location (choice: a commune is",
    "treated like a district); destination countries are not places of the figure and stay in the subject.",
    "'tăng 312 người so với cuối năm 2022' is the change of 2.386 (unit người). 1.420 'chiếm 59,5%' is its percent; no total (new sentence, no cue).",
    "Distractors: 'khối 2', phone 0238.3863.115, 'Đài Loan (Trung Quốc)', 'quý I/2024', dateline.",
    "Sentences with no period phrase (loans, cost, licensed units) carry no period (unscored).",
]

if __name__ == "__main__":
    write("p692-2", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Yên Thành")
