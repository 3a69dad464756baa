"""p1378-2: district portal (huyện Tư Nghĩa, Quảng Ngãi): subscriptions to Party newspapers and magazines for 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TƯ NGHĨA
Trang chủ | Tin tức - Sự kiện | Chính quyền | Doanh nghiệp | Công dân

Tư Nghĩa triển khai đặt mua báo, tạp chí năm 2025

28/11/2024 - 15:20

Ngày 26/11, Ban Tuyên giáo Huyện ủy Tư Nghĩa tổ chức hội nghị triển khai công tác đặt mua báo, tạp chí năm 2025.

Năm 2024, các cơ quan, đơn vị và 168 chi bộ trực thuộc Đảng bộ huyện đặt mua 1.126 ấn phẩm, trong đó Báo Nhân Dân 214 tờ, Báo Quảng Ngãi 586 tờ, Tạp chí Cộng sản 38 cuốn. Tổng kinh phí đặt mua báo, tạp chí năm 2024 là 1,35 tỷ đồng, tăng 5,5% so với năm 2023.

Năm 2025, huyện phấn đấu 100% chi bộ đặt mua Báo Quảng Ngãi; tổng kinh phí dự kiến khoảng 1,45 tỷ đồng. Giá Báo Quảng Ngãi năm 2025 giữ nguyên 4.000 đồng/tờ, báo ra 3 kỳ mỗi tuần vào thứ Hai, thứ Tư và thứ Sáu.

Tại xã Nghĩa Kỳ, 22/22 chi bộ đã đăng ký mua báo năm 2025; mỗi thôn được cấp miễn phí 2 tờ Báo Quảng Ngãi mỗi kỳ để đặt tại nhà văn hóa.

Hiện trên địa bàn huyện còn khoảng ba chục điểm bán báo lẻ, giảm 17 điểm so với năm 2019. Bưu điện huyện duy trì 15 tuyến phát báo với tổng chiều dài hơn 420 km, bảo đảm báo đến trung tâm các xã trước 10 giờ hằng ngày.

Phát biểu tại hội nghị, lãnh đạo Ban Tuyên giáo Huyện ủy đề nghị các chi bộ sử dụng báo hiệu quả trong sinh hoạt chuyên đề.

Nguồn: Trung tâm Văn hóa - Thông tin và Thể thao huyện

Tin khác:
- Tư Nghĩa tổng kết phong trào thi đua năm 2023
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18

Địa chỉ: Số 08 Phạm Văn Đồng, thị trấn La Hà, huyện Tư Nghĩa, tỉnh Quảng Ngãi
Điện thoại: 0255.3845.120
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y25b = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("và 168 chi bộ", "168", 168, "count", "chi bộ", subject="chi bộ trực thuộc Đảng bộ huyện", period=Y24),
    fig("mua 1.126 ấn phẩm", "1.126", 1126, "count", "ấn phẩm",
        subject="ấn phẩm các cơ quan, đơn vị và chi bộ đặt mua", period=Y24),
    fig("Nhân Dân 214 tờ", "214", 214, "count", "tờ", total=1126, subject="Báo Nhân Dân", period=Y24),
    fig("Quảng Ngãi 586 tờ", "586", 586, "count", "tờ", total=1126, subject="Báo Quảng Ngãi", period=Y24),
    fig("sản 38 cuốn", "38", 38, "count", "cuốn", total=1126, subject="Tạp chí Cộng sản", period=Y24),
    fig("là 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", change=chg("increase", 5.5, "%", "năm 2023"),
        subject="tổng kinh phí đặt mua báo, tạp chí", period=Y24b),
    fig("phấn đấu 100% chi bộ", "100", 100, "percent", "%", status="target",
        subject="chi bộ đặt mua Báo Quảng Ngãi", period=Y25),
    fig("khoảng 1,45 tỷ", "1,45", 1.45e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí", period=Y25),
    fig("nguyên 4.000 đồng/tờ", "4.000", 4000, "money", "đồng/tờ", subject="giá Báo Quảng Ngãi", period=Y25b),
    fig("ra 3 kỳ mỗi tuần", "3", 3, "measure", "kỳ/tuần", subject="kỳ báo ra", period=Y25b),
    fig("22/22 chi bộ", "22", 22, "count", "chi bộ", total=22,
        subject="chi bộ đã đăng ký mua báo", period=Y25b, location="Tư Nghĩa"),
    fig("miễn phí 2 tờ", "2", 2, "measure", "tờ/kỳ",
        subject="Báo Quảng Ngãi mỗi thôn được cấp miễn phí", location="Tư Nghĩa"),
    fig("khoảng ba chục điểm", "ba chục", 30, "count", "điểm bán báo lẻ", approx="about",
        change=chg("decrease", 17, "điểm", "năm 2019"), subject="điểm bán báo lẻ"),
    fig("duy trì 15 tuyến", "15", 15, "count", "tuyến phát báo", subject="tuyến phát báo Bưu điện huyện duy trì"),
    fig("hơn 420 km", "420", 420, "measure", "km", approx="over", subject="tổng chiều dài tuyến phát báo"),
]

NOTES = [
    "District portal (huyện Tư Nghĩa, Quảng Ngãi): Party press subscriptions 2024 and 2025; banner, menu, '28/11/2024 - 15:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 15:20, 'Ngày 26/11', weekdays 'thứ Hai, thứ Tư và thứ Sáu', 'trước 10 giờ', 'lần thứ 18', 'Số 08 Phạm Văn Đồng', phone 0255.3845.120.",
    "'trong đó Báo Nhân Dân 214 tờ, Báo Quảng Ngãi 586 tờ, Tạp chí Cộng sản 38 cuốn' → total 1.126 (a part, not the whole, even with another unit).",
    "'Năm 2025, huyện phấn đấu 100% ...; tổng kinh phí dự kiến khoảng 1,45 tỷ' → the ';' clause has its own cue 'dự kiến' → forecast.",
    "'3 kỳ mỗi tuần' and '2 tờ ... mỗi kỳ' are rates (kỳ/tuần, tờ/kỳ), measure.",
    "Commune figures (xã Nghĩa Kỳ): a commune is not a province, city or district, so the location stays the district Tư Nghĩa.",
    "'khoảng ba chục điểm' = 30 (number words), about; 'giảm 17 điểm so với năm 2019' is its change.",
]

if __name__ == "__main__":
    write("p1378-2", TEXT, NOTES, FIGS, published="2024-11-28", location="Tư Nghĩa")
