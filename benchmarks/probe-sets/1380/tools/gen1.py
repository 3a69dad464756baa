"""p1380-1: province portal (Lào Cai): indigo-dyed brocade in thị xã Sa Pa, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Sa Pa: Thổ cẩm nhuộm chàm mang về hơn 30 tỷ đồng

Cập nhật: 21/10/2024 09:45 | Lượt xem: 1.862

Theo Phòng Kinh tế thị xã Sa Pa, 9 tháng đầu năm 2024, doanh thu từ sản phẩm thổ cẩm, vải lanh nhuộm chàm của đồng bào Mông, Dao trên địa bàn ước đạt 30,6 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2023. Khách du lịch quốc tế là nhóm mua chính, chiếm khoảng 70% lượng sản phẩm bán ra.

Toàn thị xã hiện có 30 tổ chức dệt may, nhuộm chàm, gồm 26 tổ hợp tác và 4 hợp tác xã, với hơn 1.300 thành viên, chủ yếu là phụ nữ. Diện tích trồng cây chàm đạt 42 ha, tập trung ở các xã Tả Van, Lao Chải, Bản Hồ; năng suất lá bình quân 18-20 tấn/ha.

Tại xã Tả Van, Hợp tác xã Chàm Xanh Tả Van có 48 thành viên, mỗi năm sản xuất khoảng 6.000 mét vải nhuộm chàm, bán với giá từ 250.000 đến 400.000 đồng/mét. Thu nhập bình quân của thành viên đạt 4,5 triệu đồng/người/tháng, gấp đôi so với làm nông nghiệp thuần túy. Bà Giàng Thị Mỷ, Giám đốc hợp tác xã, cho biết mỗi tấm vải chàm đẹp phải qua 25-30 lần nhuộm.

Năm 2024, thị xã phấn đấu có thêm 2 sản phẩm thổ cẩm đạt chuẩn OCOP 4 sao, nâng tổng số sản phẩm OCOP từ nghề dệt nhuộm lên 9 sản phẩm. Từ đầu năm đến nay, thị xã đã mở 3 lớp truyền nghề nhuộm chàm cho 105 học viên theo Quyết định số 1523/QĐ-UBND của UBND tỉnh Lào Cai.

Tin liên quan:
- Lào Cai: Hội chợ OCOP khu vực phía Bắc lần thứ 3
- Bát Xát phát triển du lịch cộng đồng gắn với nghề truyền thống
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")

FIGS = [
    fig("hơn 30 tỷ", "30", 30e9, "money", "đồng", approx="over",
        subject="tiền thổ cẩm nhuộm chàm mang về"),
    fig("ước đạt 30,6 tỷ", "30,6", 30.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="doanh thu từ sản phẩm thổ cẩm, vải lanh nhuộm chàm", period=NINE),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ khách du lịch quốc tế trong lượng sản phẩm bán ra"),
    fig("có 30 tổ chức", "30", 30, "count", "tổ chức", subject="tổ chức dệt may, nhuộm chàm"),
    fig("gồm 26 tổ hợp tác", "26", 26, "count", "tổ hợp tác", total=30,
        subject="tổ hợp tác dệt may, nhuộm chàm"),
    fig("và 4 hợp tác xã", "4", 4, "count", "hợp tác xã", total=30,
        subject="hợp tác xã dệt may, nhuộm chàm"),
    fig("hơn 1.300 thành viên", "1.300", 1300, "count", "thành viên", approx="over",
        subject="thành viên các tổ chức dệt may, nhuộm chàm"),
    fig("đạt 42 ha", "42", 42, "measure", "ha", subject="diện tích trồng cây chàm"),
    fig("18-20 tấn/ha", "18", 18, "measure", "tấn/ha", value_max=20,
        subject="năng suất lá chàm bình quân"),
    fig("có 48 thành viên", "48", 48, "count", "thành viên",
        subject="thành viên Hợp tác xã Chàm Xanh Tả Van"),
    fig("khoảng 6.000 mét", "6.000", 6000, "measure", "mét/năm", approx="about",
        subject="vải nhuộm chàm hợp tác xã sản xuất mỗi năm"),
    fig("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng/mét", value_max=400000,
        subject="giá bán vải nhuộm chàm"),
    fig("đạt 4,5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 2, "lần", "làm nông nghiệp thuần túy"),
        subject="thu nhập bình quân của thành viên"),
    fig("qua 25-30 lần", "25", 25, "count", "lần", value_max=30,
        subject="số lần nhuộm mỗi tấm vải chàm đẹp"),
    fig("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm thổ cẩm đạt chuẩn OCOP 4 sao có thêm", period=Y24),
    fig("lên 9 sản phẩm", "9", 9, "count", "sản phẩm", status="target",
        subject="tổng số sản phẩm OCOP từ nghề dệt nhuộm", period=Y24),
    fig("mở 3 lớp", "3", 3, "count", "lớp", subject="lớp truyền nghề nhuộm chàm", period=YTD),
    fig("cho 105 học viên", "105", 105, "count", "học viên",
        subject="học viên lớp truyền nghề nhuộm chàm", period=YTD),
]

NOTES = [
    "Province portal (Lào Cai): breadcrumb, headline figure, 'Cập nhật: 21/10/2024 09:45 | Lượt xem: 1.862', related links.",
    "Default location Sa Pa (thị xã): the article is about Sa Pa; communes Tả Van, Lao Chải, Bản Hồ are below district level.",
    "Distractors: 09:45, Lượt xem 1.862, 'OCOP 4 sao', Quyết định số 1523/QĐ-UBND, 'lần thứ 3'.",
    "Headline 'hơn 30 tỷ đồng' has no period and no status cue: actual, over.",
    "'gồm 26 tổ hợp tác và 4 hợp tác xã' are parts of 'có 30 tổ chức' (total 30).",
    "'gấp đôi so với làm nông nghiệp' is the change (2 lần) of the income figure; 'mỗi năm ... khoảng 6.000 mét' is a rate (mét/năm).",
    "'Năm 2024, thị xã phấn đấu ... thêm 2 ..., nâng ... lên 9' both target; 'Từ đầu năm đến nay' ends at the dateline 2024-10-21.",
]

if __name__ == "__main__":
    write("p1380-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Sa Pa")
