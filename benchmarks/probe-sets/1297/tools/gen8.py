"""p1297-8: news agency (VietnamPlus / TTXVN): forest-land certificates ('sổ xanh') for households in Cà Mau."""
from lib import fig, per, inh, chg, write

TEXT = """VIETNAMPLUS
Xã hội | Kinh tế | Thế giới | Đời sống | Môi trường

Cà Mau: Hơn 5.600 hộ dân vùng rừng được cấp "sổ xanh"

Thứ Hai, 02/12/2024 14:52 (GMT+7)

Cà Mau, 2/12 (TTXVN) - Sau 3 năm đo đạc, lập hồ sơ địa chính đất lâm nghiệp, tỉnh Cà Mau đã cấp giấy chứng nhận quyền sử dụng đất cho 5.627 hộ dân đang nhận khoán, sử dụng đất rừng với tổng diện tích khoảng 21.300 ha.

Theo Sở Tài nguyên và Môi trường tỉnh, trong số hộ được cấp giấy, huyện Ngọc Hiển có 2.934 hộ, huyện Năm Căn 1.712 hộ, còn lại thuộc các huyện Phú Tân, Đầm Dơi và U Minh. Mỗi hộ được giao bình quân 3,8 ha, trong đó diện tích rừng chiếm 60-70%, phần còn lại để nuôi tôm kết hợp. Tổng kinh phí đo đạc, cấp giấy hơn 47 tỷ đồng, chủ yếu từ ngân sách tỉnh; người dân không phải đóng khoản phí nào.

Ông Lâm Văn Bé, ngụ ấp Kinh 17, xã Tam Giang Đông, huyện Năm Căn, cho biết gia đình ông nhận khoán 5,2 ha rừng từ nhiều năm nay nhưng đến tháng 8 vừa qua mới được cấp sổ. "Có sổ rồi, tôi vay được 150 triệu đồng để cải tạo vuông tôm", ông nói.

Năm 2024, toàn tỉnh cấp 15.482 GCN các loại, tăng 11,4% so với năm 2023. Hiện toàn tỉnh còn khoảng 1.100 hộ chưa được cấp giấy do đang có tranh chấp hoặc chưa thống nhất ranh giới. Tỉnh phấn đấu đến hết quý II/2025 hoàn thành cấp giấy cho ít nhất 90% số hộ này; đồng thời xây dựng xong cơ sở dữ liệu đất đai cho 9/9 huyện, thành phố.

Bài liên quan:
- Cà Mau giao khoán rừng theo Nghị định 168/2016/NĐ-CP
- Năm Căn: Hỗ trợ sinh kế cho hộ dân giữ rừng ngập mặn
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("đến hết quý II/2025", None, "2025-06-30")
NC = "Năm Căn"

FIGS = [
    fig("Hơn 5.600 hộ", "5.600", 5600, "count", "hộ", approx="over", subject="hộ dân vùng rừng được cấp sổ xanh"),
    fig("cho 5.627 hộ", "5.627", 5627, "count", "hộ",
        subject="hộ dân nhận khoán, sử dụng đất rừng được cấp giấy chứng nhận quyền sử dụng đất"),
    fig("khoảng 21.300 ha", "21.300", 21300, "measure", "ha", approx="about",
        subject="tổng diện tích đất rừng được cấp giấy"),
    fig("có 2.934 hộ", "2.934", 2934, "count", "hộ", total=5627, subject="hộ được cấp giấy",
        location="Ngọc Hiển"),
    fig("1.712 hộ", "1.712", 1712, "count", "hộ", total=5627, subject="hộ được cấp giấy", location=NC),
    fig("bình quân 3,8 ha", "3,8", 3.8, "measure", "ha/hộ", subject="diện tích giao bình quân mỗi hộ"),
    fig("chiếm 60-70%", "60", 60, "percent", "%", value_max=70, subject="tỷ lệ diện tích rừng trong diện tích giao"),
    fig("hơn 47 tỷ", "47", 47e9, "money", "đồng", approx="over", subject="tổng kinh phí đo đạc, cấp giấy"),
    fig("khoán 5,2 ha", "5,2", 5.2, "measure", "ha", subject="diện tích rừng gia đình ông Lâm Văn Bé nhận khoán",
        location=NC),
    fig("vay được 150 triệu", "150", 150e6, "money", "đồng", subject="khoản vay", location=NC),
    fig("cấp 15.482 GCN", "15.482", 15482, "count", "GCN", change=chg("increase", 11.4, "%", "năm 2023"),
        subject="GCN các loại toàn tỉnh cấp", period=Y24),
    fig("khoảng 1.100 hộ", "1.100", 1100, "count", "hộ", approx="about", subject="hộ chưa được cấp giấy"),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hộ chưa được cấp giấy hoàn thành cấp giấy", period=Q2),
    fig("cho 9/9", "9", 9, "count", "huyện, thành phố", total=9, status="target",
        subject="huyện, thành phố xây dựng xong cơ sở dữ liệu đất đai", period=Q2),
]

NOTES = [
    "News agency (VietnamPlus/TTXVN): menu, 'Thứ Hai, 02/12/2024 14:52 (GMT+7)' gives published; 'Cà Mau, 2/12 (TTXVN) -'; related links.",
    "Distractors: 14:52, (GMT+7), '2/12' (dateline without year), 'Sau 3 năm đo đạc' (a duration), 'ấp Kinh 17', 'tháng 8',",
    "'Nghị định 168/2016/NĐ-CP'.",
    "Headline 'Hơn 5.600 hộ' (over) and body 5.627 have no period (the only time phrase is a duration).",
    "'trong số hộ được cấp giấy, huyện Ngọc Hiển có 2.934 hộ, huyện Năm Căn 1.712 hộ' → total 5.627, locations by district.",
    "'Mỗi hộ được giao bình quân 3,8 ha' → measure 'ha/hộ'; 'trong đó diện tích rừng chiếm 60-70%' is a percent figure (range).",
    "The farmer's figures (5,2 ha, 150 triệu đồng) are located in huyện Năm Căn; no period ('từ nhiều năm nay').",
    "15.482 'tăng 11,4% so với năm 2023' → change. 'Hiện ... khoảng 1.100 hộ' has no period.",
    "'Tỉnh phấn đấu đến hết quý II/2025' → target, as-of end 2025-06-30, governs both clauses ('đồng thời'); '9/9' → total 9.",
]

if __name__ == "__main__":
    write("p1297-8", TEXT, NOTES, FIGS, published="2024-12-02", location="Cà Mau")
