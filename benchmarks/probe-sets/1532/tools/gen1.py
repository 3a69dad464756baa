"""p1532-1: province portal (Ninh Thuận): gốm đất nung 9 months 2024, làng nghề gốm Bàu Trúc (Ninh Phước)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Ninh Thuận
Trang chủ > Tin tức - Sự kiện > Kinh tế

Gốm đất nung Ninh Thuận 9 tháng tiêu thụ gần 1,2 triệu sản phẩm

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.856

Theo Sở Công Thương, 9 tháng đầu năm 2024, các cơ sở sản xuất gốm đất nung trên địa bàn tỉnh Ninh Thuận làm ra khoảng 1,25 triệu sản phẩm các loại, tiêu thụ 1,18 triệu sản phẩm, tăng 14,6% so với cùng kỳ năm 2023. Trong đó, nồi, niêu, trã và đồ gia dụng chiếm khoảng 62%, còn lại là chum, lu, bình trang trí và tượng.

Doanh thu 9 tháng ước đạt 38,6 tỷ đồng, bằng 78,8% kế hoạch năm. Giá bán tại lò từ 25.000 đến 60.000 đồng/chiếc đối với nồi nấu cơm, niêu kho cá; chum, lu cỡ lớn có giá trên 2 triệu đồng/chiếc.

Làng nghề gốm Bàu Trúc ở thị trấn Phước Dân, huyện Ninh Phước hiện có 432 hộ với khoảng 1.100 lao động, trong đó hơn 90% là phụ nữ Chăm; thu nhập bình quân 5,5 triệu đồng/người/tháng. Hợp tác xã Gốm Chăm Hòa Thành có 46 thành viên, mỗi tháng xuất lò khoảng 8.000 sản phẩm; năm 2023 đạt doanh thu 4,2 tỷ đồng. Sản phẩm nồi đất nấu cơm của hợp tác xã đã đạt chứng nhận OCOP 4 sao.

Năm 2024, ngành công thương phấn đấu doanh thu gốm đất nung cả năm đạt 49 tỷ đồng. Trong quý IV, Sở dự kiến tổ chức hai đợt quảng bá sản phẩm gốm tại Lễ hội Katê và Hội chợ Công Thương khu vực miền Trung với tổng cộng khoảng 30 gian hàng.

Tin liên quan:
- Ninh Thuận: Khai mạc Lễ hội Katê năm 2024
- Bảo tồn nghệ thuật làm gốm của người Chăm sau khi được UNESCO ghi danh năm 2022
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
NP = "Ninh Phước"

FIGS = [
    fig("tiêu thụ gần 1,2 triệu", "1,2", 1.2e6, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm gốm đất nung tiêu thụ", period=NINE_H),
    fig("khoảng 1,25 triệu", "1,25", 1.25e6, "count", "sản phẩm", approx="about",
        subject="sản phẩm gốm đất nung các cơ sở làm ra", period=NINE),
    fig("tiêu thụ 1,18 triệu", "1,18", 1.18e6, "count", "sản phẩm",
        change=chg("increase", 14.6, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm gốm đất nung tiêu thụ", period=NINE),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="tỷ trọng nồi, niêu, trã và đồ gia dụng", period=inh(NINE)),
    fig("ước đạt 38,6 tỷ", "38,6", 38.6e9, "money", "đồng", percent=78.8, status="estimate",
        subject="doanh thu gốm đất nung", period=NINE_H),
    fig("từ 25.000 đến 60.000", "25.000", 25000, "money", "đồng/chiếc", value_max=60000,
        subject="giá bán tại lò nồi nấu cơm, niêu kho cá"),
    fig("trên 2 triệu", "2", 2e6, "money", "đồng/chiếc", approx="over",
        subject="giá chum, lu cỡ lớn"),
    fig("có 432 hộ", "432", 432, "count", "hộ", subject="hộ làng nghề gốm Bàu Trúc", location=NP),
    fig("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", approx="about",
        subject="lao động làng nghề gốm Bàu Trúc", location=NP),
    fig("hơn 90%", "90", 90, "percent", "%", approx="over",
        subject="tỷ lệ lao động là phụ nữ Chăm", location=NP),
    fig("bình quân 5,5 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động làng nghề", location=NP),
    fig("có 46 thành viên", "46", 46, "count", "thành viên",
        subject="thành viên Hợp tác xã Gốm Chăm Hòa Thành", location=NP),
    fig("khoảng 8.000 sản phẩm", "8.000", 8000, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm hợp tác xã xuất lò mỗi tháng", location=NP),
    fig("doanh thu 4,2 tỷ", "4,2", 4.2e9, "money", "đồng",
        subject="doanh thu hợp tác xã", period=Y23, location=NP),
    fig("đạt 49 tỷ", "49", 49e9, "money", "đồng", status="target",
        subject="doanh thu gốm đất nung cả năm", period=Y24),
    fig("hai đợt", "hai", 2, "count", "đợt", status="forecast",
        subject="đợt quảng bá sản phẩm gốm", period=Q4),
    fig("khoảng 30 gian", "30", 30, "count", "gian hàng", approx="about", status="forecast",
        subject="gian hàng quảng bá sản phẩm gốm", period=Q4),
]

NOTES = [
    "Province portal (Ninh Thuận): gốm đất nung 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.856', related links.",
    "Distractors: 09:35, Lượt xem 1.856, 'OCOP 4 sao', 'Lễ hội Katê năm 2024' and 'năm 2022' in link titles.",
    "Headline '9 tháng … gần 1,2 triệu sản phẩm' is its own figure; year-less '9 tháng' takes 2024 from the dateline (published).",
    "'Trong đó, … chiếm khoảng 62%' stands alone (no amount before it in its clause): a percent figure; period in the previous sentence (inherited).",
    "'bằng 78,8% kế hoạch năm' is the percent attribute of 38,6 tỷ; 'tăng 14,6% so với cùng kỳ năm 2023' the change of 1,18 triệu.",
    "Bàu Trúc passage (thị trấn Phước Dân, huyện Ninh Phước): location Ninh Phước; 'hơn 90% là phụ nữ Chăm' after 'trong đó' is a percent figure.",
    "'mỗi tháng xuất lò khoảng 8.000 sản phẩm' is a monthly rate: measure, unit sản phẩm/tháng.",
    "'Năm 2024 … phấn đấu … cả năm đạt 49 tỷ' target; 'Trong quý IV, Sở dự kiến … hai đợt … khoảng 30 gian hàng' forecast, quý IV of 2024.",
]

if __name__ == "__main__":
    write("p1532-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Ninh Thuận")
