"""p1265-8: radio/TV site (Đài PT-TH Lạng Sơn, LSTV): fire-safety checks at markets, a trader's fees."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LẠNG SƠN
Thời sự | Kinh tế | Xã hội | Video | Nghe đài | LSTV1 | LSTV2

Lạng Sơn: Kiểm tra an toàn phòng cháy tại 82 chợ

Cập nhật lúc 15:20, 08/05/2024

LSTV - Từ đầu năm đến nay, Công an tỉnh phối hợp với Sở Công Thương kiểm tra an toàn phòng cháy, chữa cháy tại 82/88 chợ trên địa bàn tỉnh, phát hiện 37 chợ có vi phạm, xử phạt 146 triệu đồng. Số chợ vi phạm tập trung ở TP Lạng Sơn (11 chợ) và huyện Cao Lộc (7 chợ).

Năm 2023, trên địa bàn tỉnh xảy ra 2 vụ cháy chợ, thiệt hại ước tính khoảng 3,5 tỷ đồng. Nguyên nhân chủ yếu do sự cố hệ thống điện và tiểu thương sử dụng nhiều thiết bị điện công suất lớn.

Tại chợ Đồng Đăng (huyện Cao Lộc), chợ có 640 điểm kinh doanh, lực lượng chức năng đã hướng dẫn tiểu thương bố trí 210 bình chữa cháy, cải tạo bể nước dự trữ dung tích 150 m3. Chị Hoàng Thị Mai, tiểu thương ngành hàng vải, cho biết mỗi tháng chị nộp 650.000 đồng tiền thuê ki-ốt và 50.000 đồng phí vệ sinh.

Năm 2024, tỉnh phấn đấu 100% chợ hạng 1, hạng 2 thành lập đội phòng cháy, chữa cháy cơ sở; dự kiến đầu tư 25 tỷ đồng cải tạo hệ thống phòng cháy, chữa cháy tại 6 chợ trọng điểm.

Hữu Dũng - Thu Hà

Xem thêm: Bản tin Thời sự 19h45 | Đường dây nóng: 0205.3870.101
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-08")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CL = "Cao Lộc"

FIGS = [
    fig("tại 82 chợ", "82", 82, "count", "chợ", subject="chợ được kiểm tra an toàn phòng cháy"),
    fig("tại 82/88", "82", 82, "count", "chợ", total=88,
        subject="chợ được kiểm tra an toàn phòng cháy, chữa cháy", period=YTD),
    fig("phát hiện 37 chợ", "37", 37, "count", "chợ", subject="chợ có vi phạm", period=YTD),
    fig("xử phạt 146 triệu", "146", 146e6, "money", "đồng", subject="tiền xử phạt", period=YTD),
    fig("Lạng Sơn (11 chợ)", "11", 11, "count", "chợ", subject="chợ vi phạm", period=inh(YTD),
        location="Lạng Sơn"),
    fig("Cao Lộc (7 chợ)", "7", 7, "count", "chợ", subject="chợ vi phạm", period=inh(YTD), location=CL),
    fig("xảy ra 2 vụ", "2", 2, "count", "vụ cháy chợ", subject="vụ cháy chợ", period=Y23),
    fig("khoảng 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại do cháy chợ", period=Y23),
    fig("có 640 điểm", "640", 640, "count", "điểm kinh doanh", subject="điểm kinh doanh chợ Đồng Đăng",
        location=CL),
    fig("bố trí 210 bình", "210", 210, "count", "bình chữa cháy", subject="bình chữa cháy tiểu thương bố trí",
        location=CL),
    fig("dung tích 150 m3", "150", 150, "measure", "m3", subject="dung tích bể nước dự trữ", location=CL),
    fig("nộp 650.000", "650.000", 650000, "money", "đồng/tháng", subject="tiền thuê ki-ốt", location=CL),
    fig("và 50.000 đồng", "50.000", 50000, "money", "đồng/tháng", subject="phí vệ sinh", location=CL),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="chợ hạng 1, hạng 2 thành lập đội phòng cháy, chữa cháy cơ sở", period=Y24),
    fig("tư 25 tỷ", "25", 25e9, "money", "đồng", status="forecast",
        subject="đầu tư cải tạo hệ thống phòng cháy, chữa cháy", period=Y24),
    fig("tại 6 chợ", "6", 6, "count", "chợ", status="forecast", subject="chợ trọng điểm cải tạo hệ thống phòng cháy, chữa cháy",
        period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Lạng Sơn): menu with channel names LSTV1/LSTV2, 'Cập nhật lúc 15:20, 08/05/2024', tag 'LSTV -', byline, footer hotline.",
    "Headline 'tại 82 chợ' is its own figure (no period in the headline). 'Từ đầu năm đến nay' → 2024-01-01..2024-05-08 (the dateline).",
    "'phát hiện 37 chợ' after '82/88 chợ' has no part-of cue: no total. The bracketed list 'TP Lạng Sơn (11 chợ) và huyện Cao Lộc (7 chợ)'",
    "does not add up to 37: no total; places → location (TP Lạng Sơn and the province both read 'Lạng Sơn'); period inherited from the previous sentence.",
    "'thiệt hại ước tính khoảng 3,5 tỷ đồng' → estimate and about.",
    "Chợ Đồng Đăng passage: location Cao Lộc. 'mỗi tháng chị nộp 650.000 đồng ... và 50.000 đồng' → rates in đồng/tháng.",
    "'Năm 2024, tỉnh phấn đấu 100% ...; dự kiến đầu tư 25 tỷ đồng ... tại 6 chợ' → target for 100%, forecast (own cue) for 25 tỷ and 6 chợ; period Năm 2024.",
    "Distractors: LSTV1, LSTV2, 15:20, the dateline, 'hạng 1, hạng 2', '19h45', hotline 0205.3870.101.",
]

if __name__ == "__main__":
    write("p1265-8", TEXT, NOTES, FIGS, published="2024-05-08", location="Lạng Sơn")
