"""p1131-8: provincial newspaper online (Báo Cà Mau, '(CMO) -'), first half 2024 inspections of game points."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Xã hội

Gần 40% điểm game được kiểm tra có vi phạm

Cập nhật: 16/07/2024 - 16:05

(CMO) - 6 tháng đầu năm, ngành chức năng tỉnh Cà Mau đã kiểm tra 118 điểm cung cấp dịch vụ trò chơi điện tử công cộng, đạt 59% kế hoạch năm; phát hiện 46 điểm vi phạm, chiếm 39%, tăng 11 điểm so với cùng kỳ năm 2023. Riêng quý II, lực lượng công an kiểm tra đột xuất 35 điểm vào ban đêm, phát hiện 52 học sinh dưới 16 tuổi chơi game sau 22 giờ.

Các hành vi vi phạm chủ yếu là hoạt động quá giờ, không bảo đảm khoảng cách 200 m từ cổng trường, cài đặt trò chơi không phù hợp độ tuổi. Tổng số tiền xử phạt là 213 triệu đồng, trong đó TP Cà Mau 94 triệu đồng, huyện Trần Văn Thời 41 triệu đồng, huyện Cái Nước 28 triệu đồng. Tại huyện U Minh, một điểm cho học sinh thuê máy chơi thâu đêm bị phạt 15 triệu đồng.

Tính đến ngày 30/6/2024, toàn tỉnh có 257 điểm được cấp giấy chứng nhận, giảm 14 điểm so với cuối năm 2023, với 4.380 máy tính, bình quân mỗi điểm 17 máy. Giá dịch vụ dao động 4.000-6.000 đồng/giờ.

Trung tá Lê Hoàng Nam, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, cho biết 6 tháng cuối năm dự kiến kiểm tra thêm 80 điểm; phấn đấu cả năm kiểm tra 200 điểm, xử lý 100% vi phạm được phát hiện. Người dân có thể phản ánh qua số điện thoại 0290.3831.113.

Hoàng Vũ
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
FY = per("cả năm", "2024-01-01", "2024-12-31")
FINE = "tiền xử phạt"

FIGS = [
    fig("Gần 40%", "40", 40, "percent", "%", approx="nearly", subject="tỷ lệ điểm game được kiểm tra có vi phạm"),
    fig("kiểm tra 118 điểm", "118", 118, "count", "điểm", percent=59,
        subject="điểm cung cấp dịch vụ trò chơi điện tử công cộng được kiểm tra", period=H1),
    fig("phát hiện 46 điểm", "46", 46, "count", "điểm", percent=39, subject="điểm vi phạm", period=H1,
        change=chg("increase", 11, "điểm", "cùng kỳ năm 2023")),
    fig("đột xuất 35 điểm", "35", 35, "count", "điểm", subject="điểm được kiểm tra đột xuất vào ban đêm",
        period=Q2),
    fig("phát hiện 52 học sinh", "52", 52, "count", "học sinh",
        subject="học sinh dưới 16 tuổi chơi game sau 22 giờ", period=Q2),
    fig("dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True,
        subject="độ tuổi học sinh"),
    fig("cách 200 m", "200", 200, "measure", "m", optional=True,
        subject="khoảng cách từ điểm đến cổng trường"),
    fig("là 213 triệu", "213", 213000000, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(H1)),
    fig("Cà Mau 94 triệu", "94", 94000000, "money", "đồng", total=213000000, subject=FINE,
        period=inh(H1), location="Cà Mau"),
    fig("Thời 41 triệu", "41", 41000000, "money", "đồng", total=213000000, subject=FINE,
        period=inh(H1), location="Trần Văn Thời"),
    fig("Nước 28 triệu", "28", 28000000, "money", "đồng", total=213000000, subject=FINE,
        period=inh(H1), location="Cái Nước"),
    fig("Tại huyện U Minh, một điểm", "một", 1, "count", "điểm", subject="điểm cho học sinh thuê máy chơi thâu đêm",
        period=inh(H1), location="U Minh", optional=True),
    fig("phạt 15 triệu", "15", 15000000, "money", "đồng", subject="tiền phạt điểm cho học sinh thuê máy chơi thâu đêm",
        period=inh(H1), location="U Minh"),
    fig("có 257 điểm", "257", 257, "count", "điểm", subject="điểm được cấp giấy chứng nhận", period=ASOF,
        change=chg("decrease", 14, "điểm", "cuối năm 2023")),
    fig("với 4.380 máy", "4.380", 4380, "count", "máy tính", subject="máy tính tại các điểm được cấp giấy chứng nhận",
        period=ASOF),
    fig("mỗi điểm 17 máy", "17", 17, "measure", "máy/điểm", subject="số máy bình quân mỗi điểm", period=ASOF),
    fig("4.000-6.000", "4.000", 4000, "money", "đồng/giờ", value_max=6000, subject="giá dịch vụ"),
    fig("thêm 80 điểm", "80", 80, "count", "điểm", status="forecast", subject="điểm kiểm tra thêm", period=H2),
    fig("tra 200 điểm", "200", 200, "count", "điểm", status="target", subject="điểm kiểm tra cả năm", period=FY),
    fig("lý 100%", "100", 100, "percent", "%", status="target", subject="tỷ lệ vi phạm được phát hiện được xử lý",
        period=FY),
]

NOTES = [
    "Provincial newspaper online (Báo Cà Mau): '(CMO) -' tag, 'Cập nhật: 16/07/2024 - 16:05', byline at the end.",
    "Distractors: 16:05, 'sau 22 giờ', phone 0290.3831.113, 'Trần Văn Thời' (a district named after a person), 'Trung tá'.",
    "Headline 'Gần 40%' (nearly, no period). 118 carries 'đạt 59% kế hoạch năm'; 46 carries 'chiếm 39%' and 'tăng 11 điểm so với cùng kỳ'.",
    "Year-less '6 tháng đầu năm', 'quý II', '6 tháng cuối năm', 'cả năm' take 2024 (published / the as-of date).",
    "District fines after 'trong đó' → total 213 triệu (a selection; they need not add up). '200 m' (a distance rule) and 'dưới 16 tuổi' optional.",
    "U Minh passage: 'một điểm' is near an indefinite article (optional); its 15 triệu fine, location U Minh, period inherited. 257 carries 'giảm 14 điểm'.",
    "'bình quân mỗi điểm 17 máy' → rate máy/điểm (measure). '6 tháng cuối năm dự kiến' → forecast; '; phấn đấu cả năm' → target.",
]

if __name__ == "__main__":
    write("p1131-8", TEXT, NOTES, FIGS, published="2024-07-16", location="Cà Mau")
