"""p1438-8: radio/TV site (Đài PT-TH Nghệ An): asset valuation in criminal proceedings, 2024 and Q1/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Xã hội | Pháp luật | Video

Nghệ An: Hơn 1.300 yêu cầu định giá tài sản trong tố tụng hình sự năm 2024

Cập nhật lúc 15:20 ngày 28/03/2025

NTV - Năm 2024, Hội đồng định giá tài sản trong tố tụng hình sự cấp tỉnh và 21 hội đồng cấp huyện đã tiếp nhận 1.346 yêu cầu định giá, tăng 9,8% so với năm 2023. Các hội đồng đã hoàn thành 1.297 yêu cầu, đạt 96,4%; còn 49 yêu cầu đang giải quyết.

Tổng giá trị tài sản được định giá hơn 612 tỷ đồng, chủ yếu là đất đai, phương tiện giao thông, gỗ và động vật hoang dã. Các vụ án tham nhũng, kinh tế chỉ chiếm 18% số yêu cầu nhưng chiếm tới 71% tổng giá trị tài sản định giá.

Nhiều tài sản như cây cảnh, đồ cổ, xe máy hết niên hạn rất khó xác định giá; có vụ việc phải thuê tổ chức thẩm định giá, thời gian kéo dài 3-4 tháng. Chi phí thuê thẩm định giá bình quân 4,5 triệu đồng/tài sản.

Quý I/2025, các hội đồng ước tiếp nhận 318 yêu cầu định giá, giảm khoảng 5% so với cùng kỳ.

Ông Hoàng Văn Lâm, Phó Giám đốc Sở Tài chính cho biết, năm 2025, tỉnh phấn đấu giải quyết 100% yêu cầu định giá đúng thời hạn; tổ chức tập huấn cho khoảng 250 thành viên hội đồng cấp huyện.

Video: Phóng sự "Định giá tài sản - những điểm nghẽn" (phát sóng 20h00 thứ Bảy)
Bình luận (0)
"""

HEAD = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 1.300 yêu cầu", "1.300", 1300, "count", "yêu cầu", approx="over",
        subject="yêu cầu định giá tài sản trong tố tụng hình sự", period=HEAD),
    fig("và 21 hội đồng", "21", 21, "count", "hội đồng", subject="hội đồng định giá tài sản cấp huyện"),
    fig("nhận 1.346 yêu cầu", "1.346", 1346, "count", "yêu cầu", change=chg("increase", 9.8, "%", "năm 2023"),
        subject="yêu cầu định giá tiếp nhận", period=Y24),
    fig("thành 1.297 yêu cầu", "1.297", 1297, "count", "yêu cầu", percent=96.4,
        subject="yêu cầu các hội đồng đã hoàn thành", period=inh(Y24)),
    fig("còn 49 yêu cầu", "49", 49, "count", "yêu cầu", subject="yêu cầu đang giải quyết", period=inh(Y24)),
    fig("hơn 612 tỷ", "612", 612e9, "money", "đồng", approx="over",
        subject="tổng giá trị tài sản được định giá", period=inh(Y24)),
    fig("chiếm 18%", "18", 18, "percent", "%", subject="vụ án tham nhũng, kinh tế trong số yêu cầu",
        period=inh(Y24)),
    fig("tới 71%", "71", 71, "percent", "%", subject="vụ án tham nhũng, kinh tế trong tổng giá trị tài sản định giá",
        period=inh(Y24)),
    fig("kéo dài 3-4 tháng", "3", 3, "measure", "tháng", value_max=4,
        subject="thời gian thuê tổ chức thẩm định giá"),
    fig("bình quân 4,5 triệu", "4,5", 4.5e6, "money", "đồng/tài sản",
        subject="chi phí thuê thẩm định giá bình quân"),
    fig("tiếp nhận 318 yêu cầu", "318", 318, "count", "yêu cầu", status="estimate",
        change=chg("decrease", 5, "%", "cùng kỳ", approx="about"),
        subject="yêu cầu định giá các hội đồng tiếp nhận", period=Q1),
    fig("giải quyết 100%", "100", 100, "percent", "%", status="target",
        subject="yêu cầu định giá giải quyết đúng thời hạn", period=Y25),
    fig("khoảng 250 thành viên", "250", 250, "count", "thành viên", approx="about", status="target",
        subject="thành viên hội đồng cấp huyện được tập huấn", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): menu, headline, 'Cập nhật lúc 15:20 ngày 28/03/2025', tag 'NTV -', video promo, 'Bình luận (0)'.",
    "Distractors: 15:20, '20h00 thứ Bảy', 'Bình luận (0)', 'NTV'.",
    "Headline 'Hơn 1.300 yêu cầu ... năm 2024' is its own figure (over). '21 hội đồng cấp huyện' is a standing count: no period.",
    "'hoàn thành 1.297 yêu cầu, đạt 96,4%' → percent 96,4; no part cue, so no total; the same for 'còn 49 yêu cầu'.",
    "'chỉ chiếm 18% số yêu cầu nhưng chiếm tới 71% tổng giá trị' → two percent figures (no base amount before them).",
    "'thời gian kéo dài 3-4 tháng' is the claim (a duration as a measure, range); the fee has unit đồng/tài sản.",
    "'Quý I/2025 ... ước tiếp nhận' → estimate, 'giảm khoảng 5%' is its change. 'năm 2025 ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1438-8", TEXT, NOTES, FIGS, published="2025-03-28", location="Nghệ An")
