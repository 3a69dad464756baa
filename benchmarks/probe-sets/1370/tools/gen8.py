"""p1370-8: radio/TV site (Đài PT-TH Nghệ An, '(NTV) -'): Tết peak results, fake functional food sold by livestream seized in TP Vinh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Thu giữ 1,2 tấn thực phẩm chức năng nghi giả bán qua mạng tại TP Vinh
20/01/2025 - 11:05

(NTV) - Trong đợt cao điểm chống buôn lậu, hàng giả dịp Tết Nguyên đán Ất Tỵ 2025, từ ngày 15/12/2024 đến ngày 15/1/2025, lực lượng QLTT Nghệ An đã kiểm tra 296 vụ, xử lý 241 vụ vi phạm, phạt tiền gần 1,9 tỷ đồng, cao hơn 35% so với cùng kỳ Tết năm trước.

Đáng chú ý, ngày 14/1, Đội QLTT số 5 phát hiện kho hàng tại khối 7, phường Hưng Dũng, TP Vinh chứa khoảng 1,2 tấn thực phẩm chức năng có dấu hiệu giả mạo, gồm 4.800 hộp viên uống và 2.150 chai siro, được bán qua các phiên livestream trên mạng xã hội. Mỗi hộp viên uống được rao bán từ 250.000 đến 450.000 đồng.

Theo Cục QLTT tỉnh, năm 2024 toàn lực lượng đã phát hiện 57 vụ kinh doanh hàng giả qua thương mại điện tử, chiếm 9,4% tổng số vụ vi phạm, gấp 2,5 lần năm 2023. Nghệ An hiện đứng thứ 6 cả nước về số vụ vi phạm trên môi trường mạng được phát hiện.

Ông Phan Đức Thịnh, Cục trưởng Cục QLTT Nghệ An cho biết, năm nay Cục phấn đấu kiểm tra ít nhất 30% số tài khoản bán hàng trực tuyến có đăng ký kinh doanh tại tỉnh; đồng thời dự kiến thành lập hai tổ công tác chuyên trách về thương mại điện tử trong quý II.

Người dân có thể phản ánh qua đường dây nóng 0238.3599.389.

Thu Hà - Minh Quân/NTV
Xem thêm: Bản tin Thời sự 19h ngày 19/01/2025
"""

PEAK = per("từ ngày 15/12/2024 đến ngày 15/1/2025", "2024-12-15", "2025-01-15")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
Q2 = per("quý II", "2025-04-01", "2025-06-30")

FIGS = [
    fig("Thu giữ 1,2 tấn", "1,2", 1.2, "measure", "tấn", subject="thực phẩm chức năng nghi giả bán qua mạng thu giữ",
        location="Vinh"),
    fig("kiểm tra 296 vụ", "296", 296, "count", "vụ", subject="vụ kiểm tra", period=PEAK),
    fig("xử lý 241 vụ", "241", 241, "count", "vụ", subject="vụ vi phạm xử lý", period=PEAK),
    fig("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly",
        change=chg("increase", 35, "%", "cùng kỳ Tết năm trước"), subject="tiền phạt", period=PEAK),
    fig("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn", approx="about",
        subject="thực phẩm chức năng có dấu hiệu giả mạo", location="Vinh"),
    fig("gồm 4.800 hộp", "4.800", 4800, "count", "hộp", subject="hộp viên uống", location="Vinh"),
    fig("2.150 chai", "2.150", 2150, "count", "chai", subject="chai siro", location="Vinh"),
    fig("từ 250.000 đến 450.000", "250.000", 250000, "money", "đồng/hộp", value_max=450000,
        subject="giá rao bán mỗi hộp viên uống", location="Vinh"),
    fig("phát hiện 57 vụ", "57", 57, "count", "vụ", percent=9.4, change=chg("increase", 2.5, "lần", "năm 2023"),
        subject="vụ kinh doanh hàng giả qua thương mại điện tử", period=Y24),
    fig("đứng thứ 6", "6", 6, "rank", "hạng", subject="số vụ vi phạm trên môi trường mạng được phát hiện"),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tài khoản bán hàng trực tuyến có đăng ký kinh doanh tại tỉnh được kiểm tra", period=NOW),
    fig("thành lập hai tổ", "hai", 2, "count", "tổ công tác", status="forecast",
        subject="tổ công tác chuyên trách về thương mại điện tử", period=Q2),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): menu, headline figure, '20/01/2025 - 11:05' (published), tag '(NTV) -', byline 'Thu Hà - Minh Quân/NTV', 'Xem thêm'.",
    "The peak campaign 'từ ngày 15/12/2024 đến ngày 15/1/2025' is the period of 296/241 vụ and the fines (changes against 'cùng kỳ Tết năm trước').",
    "The TP Vinh seizure (headline, body) → location Vinh. 4.800 hộp and 2.150 chai after 'gồm' count other units than tấn: no total.",
    "'Mỗi hộp ... từ 250.000 đến 450.000 đồng' → range, unit đồng/hộp. '57 vụ, chiếm 9,4% ..., gấp 2,5 lần năm 2023' → percent + change 2,5 lần.",
    "'Nghệ An hiện đứng thứ 6 cả nước' → rank of the province (location Nghệ An), no period ('hiện').",
    "'năm nay' = 2025 (published); 'phấn đấu' → target; '; đồng thời dự kiến ... hai tổ ... trong quý II' → forecast, quý II 2025.",
    "Distractors: Ất Tỵ 2025, ngày 14/1, Đội QLTT số 5, khối 7, phone 0238.3599.389, 19h, 19/01/2025, 11:05.",
]

if __name__ == "__main__":
    write("p1370-8", TEXT, NOTES, FIGS, published="2025-01-20", location="Nghệ An")
