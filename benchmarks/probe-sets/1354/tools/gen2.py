"""p1354-2: district portal (quận Long Biên, Hà Nội): rooftop vegetable gardens in phường Phúc Đồng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Phường Phúc Đồng: Xanh hóa sân thượng bằng vườn rau sạch
15/05/2024 - 10:20

Tính đến tháng 4/2024, phường Phúc Đồng có 145 hộ gia đình trồng rau trên sân thượng, ban công, tăng 62 hộ so với năm 2022; trong đó 38 hộ lắp hệ thống tưới nhỏ giọt tự động. Diện tích vườn phổ biến từ 15 đến 25 m2/hộ.

Gia đình bà Nguyễn Thị Hằng ở tổ dân phố số 7 là một trong những hộ làm đầu tiên. Trên sân thượng rộng khoảng 40 m2, bà trồng hơn chục loại rau như cải ngọt, mồng tơi, rau muống, cà chua bi. "Mỗi tháng nhà tôi thu chừng 30 kg rau, đủ cho bữa ăn của 5 thành viên, không phải mua rau ngoài chợ", bà Hằng chia sẻ. Chi phí đầu tư ban đầu khoảng 8 triệu đồng cho khung sắt, lưới che và 60 thùng xốp.

Năm 2023, Hội Liên hiệp Phụ nữ phường phối hợp tổ chức 4 lớp tập huấn kỹ thuật ủ phân hữu cơ từ rác thải nhà bếp cho 210 lượt hội viên. Ước tính mỗi năm các hộ tham gia giảm khoảng 12 tấn rác hữu cơ thải ra môi trường.

Năm 2024, phường phấn đấu nâng số hộ trồng rau trên sân thượng lên 200 hộ. Theo Phòng Kinh tế quận, toàn quận dự kiến nhân rộng mô hình ra ít nhất 10/14 phường trong năm nay.

Nguồn: Hội LHPN phường Phúc Đồng

Tin khác:
- Quận Long Biên ra quân Tết trồng cây Xuân Giáp Thìn 2024
- Phường Thạch Bàn tổ chức Ngày hội "Sống xanh" lần 2

UBND QUẬN LONG BIÊN
Địa chỉ: Số 1 phố Vạn Hạnh, phường Việt Hưng, quận Long Biên, Hà Nội
Điện thoại: 024.3872.6111
"""

ASOF = per("Tính đến tháng 4/2024", None, "2024-04-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 145 hộ", "145", 145, "count", "hộ", change=chg("increase", 62, "hộ", "năm 2022"),
        subject="hộ gia đình trồng rau trên sân thượng, ban công", period=ASOF),
    fig("trong đó 38 hộ", "38", 38, "count", "hộ", total=145,
        subject="hộ lắp hệ thống tưới nhỏ giọt tự động", period=ASOF),
    fig("từ 15 đến 25 m2/hộ", "15", 15, "measure", "m2/hộ", value_max=25,
        subject="diện tích vườn phổ biến"),
    fig("khoảng 40 m2", "40", 40, "measure", "m2", approx="about",
        subject="diện tích sân thượng nhà bà Nguyễn Thị Hằng"),
    fig("hơn chục loại", "chục", 10, "count", "loại rau", approx="over",
        subject="loại rau bà Hằng trồng"),
    fig("chừng 30 kg", "30", 30, "measure", "kg/tháng", approx="about",
        subject="rau nhà bà Hằng thu mỗi tháng"),
    fig("của 5 thành viên", "5", 5, "count", "thành viên", subject="thành viên gia đình bà Hằng"),
    fig("khoảng 8 triệu", "8", 8e6, "money", "đồng", approx="about",
        subject="chi phí đầu tư ban đầu"),
    fig("và 60 thùng", "60", 60, "count", "thùng xốp", subject="thùng xốp"),
    fig("tổ chức 4 lớp", "4", 4, "count", "lớp",
        subject="lớp tập huấn kỹ thuật ủ phân hữu cơ từ rác thải nhà bếp", period=Y23),
    fig("cho 210 lượt", "210", 210, "count", "lượt hội viên",
        subject="lượt hội viên được tập huấn", period=Y23),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn/năm", approx="about", status="estimate",
        subject="rác hữu cơ các hộ tham gia giảm thải ra môi trường mỗi năm"),
    fig("lên 200 hộ", "200", 200, "count", "hộ", status="target",
        subject="số hộ trồng rau trên sân thượng", period=Y24),
    fig("ít nhất 10/14", "10", 10, "count", "phường", approx="at_least", total=14, status="forecast",
        subject="phường toàn quận nhân rộng mô hình", period=NOW),
]

NOTES = [
    "District portal (quận Long Biên, Hà Nội): banner, menu, dateline '15/05/2024 - 10:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'tổ dân phố số 7', 'Giáp Thìn 2024', 'lần 2', 'Số 1 phố Vạn Hạnh' (vạn is a street name here), phone 024.3872.6111, 10:20.",
    "Location Long Biên for every figure (a phường is below the district level the spec names).",
    "'tăng 62 hộ so với năm 2022' is a change in hộ; 'trong đó 38 hộ' after ';' takes total 145 and the as-of period (same sentence).",
    "'hơn chục loại' = over 10 (number word); 'chừng 30 kg' = about (chừng); the quoted figures are facts told by the source.",
    "'Ước tính mỗi năm ... khoảng 12 tấn' = estimate + about, a yearly rate (tấn/năm), no period.",
    "'trong năm nay' = 2024 (published year); 'ít nhất 10/14 phường' = at_least, total 14, forecast (dự kiến).",
]

if __name__ == "__main__":
    write("p1354-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Long Biên")
