"""p1465-2: district portal (quận Ninh Kiều, Cần Thơ): inspection of 42 perfume and cosmetics shops."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Ninh Kiều kiểm tra 42 cửa hàng kinh doanh nước hoa, mỹ phẩm
Ngày đăng: 22/05/2025 | 15:10

Thực hiện Kế hoạch số 57/KH-UBND của UBND quận về đấu tranh chống buôn lậu, gian lận thương mại và hàng giả, từ ngày 02/4 đến ngày 16/5/2025, Đoàn kiểm tra liên ngành quận đã kiểm tra 42 cửa hàng kinh doanh nước hoa, mỹ phẩm trên các tuyến đường Nguyễn Trãi, 30 Tháng 4, Mậu Thân và khu vực chợ Tân An.

Kết quả, đoàn phát hiện 11 cơ sở vi phạm, chiếm 26,2% số cơ sở được kiểm tra, gồm 6 cơ sở kinh doanh hàng hóa không có hóa đơn, chứng từ, 3 cơ sở bán nước hoa giả mạo nhãn hiệu và 2 cơ sở không niêm yết giá. Đoàn đã xử phạt vi phạm hành chính tổng số tiền 68,5 triệu đồng; tạm giữ 734 chai nước hoa và 215 hộp mỹ phẩm không rõ nguồn gốc, trị giá khoảng 190 triệu đồng.

Theo Phòng Kinh tế quận, hiện trên địa bàn có khoảng 180 cửa hàng kinh doanh nước hoa, mỹ phẩm, trong đó hơn 40 cửa hàng chuyên bán nước hoa nhập khẩu và nước hoa chiết. Giá nước hoa chiết phổ biến từ 150.000 đến 350.000 đồng/chai 10 ml.

Năm 2025, quận phấn đấu 100% cơ sở kinh doanh nước hoa, mỹ phẩm ký cam kết không kinh doanh hàng giả, hàng nhập lậu; tổ chức hai lớp tập huấn cho khoảng ba chục hộ kinh doanh.

Tin khác:
- Ninh Kiều ra quân Tháng hành động vì an toàn thực phẩm
- Phường Tân An tổ chức đối thoại với hộ kinh doanh

UBND QUẬN NINH KIỀU
Địa chỉ: Số 2 đường Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.114
"""

INSP = per("từ ngày 02/4 đến ngày 16/5/2025", "2025-04-02", "2025-05-16")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("kiểm tra 42 cửa hàng kinh doanh nước hoa, mỹ phẩm\n", "42", 42, "count", "cửa hàng",
        subject="cửa hàng kinh doanh nước hoa, mỹ phẩm kiểm tra"),
    fig("đã kiểm tra 42 cửa hàng", "42", 42, "count", "cửa hàng",
        subject="cửa hàng kinh doanh nước hoa, mỹ phẩm được kiểm tra", period=INSP),
    fig("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", percent=26.2,
        subject="cơ sở vi phạm", period=inh(INSP)),
    fig("gồm 6 cơ sở", "6", 6, "count", "cơ sở", total=11,
        subject="cơ sở kinh doanh hàng hóa không có hóa đơn, chứng từ", period=inh(INSP)),
    fig("3 cơ sở bán", "3", 3, "count", "cơ sở", total=11,
        subject="cơ sở bán nước hoa giả mạo nhãn hiệu", period=inh(INSP)),
    fig("và 2 cơ sở", "2", 2, "count", "cơ sở", total=11,
        subject="cơ sở không niêm yết giá", period=inh(INSP)),
    fig("số tiền 68,5 triệu", "68,5", 68.5e6, "money", "đồng",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(INSP)),
    fig("tạm giữ 734 chai", "734", 734, "count", "chai",
        subject="nước hoa không rõ nguồn gốc tạm giữ", period=inh(INSP)),
    fig("và 215 hộp", "215", 215, "count", "hộp",
        subject="mỹ phẩm không rõ nguồn gốc tạm giữ", period=inh(INSP)),
    fig("khoảng 190 triệu", "190", 190e6, "money", "đồng", approx="about",
        subject="trị giá hàng hóa tạm giữ", period=inh(INSP)),
    fig("khoảng 180 cửa hàng", "180", 180, "count", "cửa hàng", approx="about",
        subject="cửa hàng kinh doanh nước hoa, mỹ phẩm"),
    fig("hơn 40 cửa hàng", "40", 40, "count", "cửa hàng", approx="over", total=180,
        subject="cửa hàng chuyên bán nước hoa nhập khẩu và nước hoa chiết"),
    fig("từ 150.000 đến 350.000", "150.000", 150000, "money", "đồng/chai", value_max=350000,
        subject="giá nước hoa chiết"),
    fig("chai 10 ml", "10", 10, "measure", "ml", subject="dung tích chai nước hoa chiết", optional=True),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh nước hoa, mỹ phẩm ký cam kết không kinh doanh hàng giả, hàng nhập lậu",
        period=Y25),
    fig("hai lớp", "hai", 2, "count", "lớp", status="target",
        subject="lớp tập huấn", period=Y25),
    fig("khoảng ba chục", "ba chục", 30, "count", "hộ kinh doanh", approx="about", status="target",
        subject="hộ kinh doanh được tập huấn", period=Y25),
]

NOTES = [
    "District portal (quận Ninh Kiều, TP Cần Thơ): inspection of perfume and cosmetics shops, 2/4-16/5/2025.",
    "Distractors: 'Ngày đăng: 22/05/2025 | 15:10', 'Kế hoạch số 57/KH-UBND', street '30 Tháng 4', 'Số 2 đường Hòa Bình', phone '0292.3820.114'.",
    "Headline '42 cửa hàng' has no period; the body's 42 takes 'từ ngày 02/4 đến ngày 16/5/2025' (inherited by the result sentences).",
    "'11 cơ sở ..., chiếm 26,2% số cơ sở được kiểm tra, gồm 6 ..., 3 ... và 2 ...': percent 26.2 on 11; parts after 'gồm' take total 11.",
    "'chai 10 ml' is the bottle size of the price (optional). 'ba chục' = 30 (number word 'chục' x10), about.",
    "'Năm 2025, quận phấn đấu ...' governs both clauses (target, 2025).",
]

if __name__ == "__main__":
    write("p1465-2", TEXT, NOTES, FIGS, published="2025-05-22", location="Ninh Kiều")
