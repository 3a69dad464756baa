"""p1571-1: province portal (Bắc Ninh): 9-month glass bottle and jar output, furnaces, a new furnace in Quế Võ, exports."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng chai lọ thủy tinh 9 tháng tăng 8,2%

Cập nhật: 07/10/2024 10:35 | Lượt xem: 1.864

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng chai lọ thủy tinh trên địa bàn tỉnh ước đạt 486,5 triệu sản phẩm (gồm 352 triệu chai và 134,5 triệu lọ, hũ), tăng 8,2% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Với kết quả này, Bắc Ninh tiếp tục đứng thứ 2 cả nước về sản lượng bao bì thủy tinh, sau Bình Dương.

Hiện toàn tỉnh có 5 nhà máy sản xuất bao bì thủy tinh với 9 lò nấu, tổng công suất khoảng 1.450 tấn/ngày, sử dụng hơn 3.800 lao động; thu nhập bình quân của người lao động đạt 9,6 triệu đồng/người/tháng.

Tại thị xã Quế Võ, Công ty TNHH Thủy tinh Kinh Bắc vừa đưa lò nấu số 3 vào vận hành với công suất 320 tấn/ngày, nâng tổng công suất của nhà máy lên 780 tấn/ngày. Dự án có tổng vốn đầu tư 1.250 tỷ đồng; mỗi phút, dây chuyền tạo hình mới cho ra khoảng 450 chai.

Từ đầu năm đến nay, các doanh nghiệp thủy tinh của tỉnh đã xuất khẩu sang 12 thị trường, đạt kim ngạch 61,4 triệu USD, tăng 15% so với cùng kỳ; riêng thị trường Nhật Bản chiếm gần 40%.

Quý IV, ngành phấn đấu sản xuất thêm khoảng 160 triệu sản phẩm, đưa sản lượng cả năm đạt trên 646 triệu sản phẩm, vượt 1% kế hoạch.

Tin liên quan:
- Hội chợ Công Thương vùng Kinh Bắc lần thứ 3 khai mạc ngày 20/9
- Khởi công Dự án kính nổi Quế Võ giai đoạn 2
- Công bố Quyết định số 1125/QĐ-UBND về quy hoạch cụm công nghiệp
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
CN = year("cả năm", 2024)
QV = "Quế Võ"

FIGS = [
    F("9 tháng tăng 8,2%", "8,2", 8.2, "percent", "%", subject="sản lượng chai lọ thủy tinh", period=H9),
    F("ước đạt 486,5 triệu", "486,5", 486.5e6, "count", "sản phẩm", status="estimate", percent=76,
      change=chg("increase", 8.2, "%", "cùng kỳ năm 2023"), subject="sản lượng chai lọ thủy tinh", period=M9),
    F("(gồm 352 triệu", "352", 352e6, "count", "chai", status="estimate", total=486.5e6,
      subject="sản lượng chai", period=M9),
    F("và 134,5 triệu", "134,5", 134.5e6, "count", "lọ, hũ", status="estimate", total=486.5e6,
      subject="sản lượng lọ, hũ", period=M9),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", subject="sản lượng bao bì thủy tinh"),
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", subject="nhà máy sản xuất bao bì thủy tinh"),
    F("với 9 lò nấu", "9", 9, "count", "lò nấu", subject="lò nấu"),
    F("khoảng 1.450 tấn/ngày", "1.450", 1450, "measure", "tấn/ngày", approx="about", subject="tổng công suất"),
    F("hơn 3.800 lao động", "3.800", 3800, "count", "lao động", approx="over", subject="lao động"),
    F("đạt 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của người lao động"),
    F("công suất 320 tấn/ngày", "320", 320, "measure", "tấn/ngày", subject="công suất lò nấu số 3", location=QV),
    F("lên 780 tấn/ngày", "780", 780, "measure", "tấn/ngày", subject="tổng công suất của nhà máy", location=QV),
    F("đầu tư 1.250 tỷ", "1.250", 1250e9, "money", "đồng", subject="tổng vốn đầu tư dự án", location=QV),
    F("khoảng 450 chai", "450", 450, "measure", "chai/phút", approx="about",
      subject="chai dây chuyền tạo hình mới cho ra mỗi phút", location=QV),
    F("sang 12 thị trường", "12", 12, "count", "thị trường", subject="thị trường xuất khẩu", period=YTD),
    F("kim ngạch 61,4 triệu", "61,4", 61.4e6, "money", "USD", change=chg("increase", 15, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu của các doanh nghiệp thủy tinh", period=YTD),
    F("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=YTD),
    F("khoảng 160 triệu", "160", 160e6, "count", "sản phẩm", approx="about", status="target",
      subject="sản phẩm sản xuất thêm", period=Q4),
    F("trên 646 triệu", "646", 646e6, "count", "sản phẩm", approx="over", status="target",
      change=chg("increase", 1, "%", "kế hoạch"), subject="sản lượng cả năm", period=CN),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 07/10/2024 10:35 | Lượt xem: 1.864' (published), related links.",
    "Headline '9 tháng tăng 8,2%' is a growth rate as the claim: percent, no change; year from the dateline.",
    "'(gồm 352 triệu chai và 134,5 triệu lọ, hũ)' adds up to 486,5 triệu: total; no own verb in the bracket, so 'ước đạt' governs it (estimate).",
    "'tăng 8,2% ... bằng 76% kế hoạch năm' attach to 486,5 triệu across the bracket: change and percent.",
    "'đứng thứ 2 cả nước' is Bắc Ninh's rank: location Bắc Ninh; new sentence, no cue: actual; no period in its sentence.",
    "Quế Võ passage: location Quế Võ; capacities get no period; 'mỗi phút ... khoảng 450 chai' is a rate chai/phút.",
    "'riêng thị trường Nhật Bản chiếm gần 40%' is a share of a part: its own percent figure (Nhật Bản is a partner: location Bắc Ninh).",
    "'vượt 1% kế hoạch' is a gap to plan: change with baseline 'kế hoạch'. 'Quý IV' and 'cả năm' take 2024; 'phấn đấu' → target.",
    "Distractors: Lượt xem 1.864, times, lò nấu số 3, lần thứ 3, ngày 20/9, giai đoạn 2, Quyết định số 1125/QĐ-UBND.",
]

if __name__ == "__main__":
    write("p1571-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Bắc Ninh")
