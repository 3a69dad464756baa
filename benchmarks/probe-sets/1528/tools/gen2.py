"""p1528-2: district portal (huyện Thanh Trì, Hà Nội): households helped to replace honeycomb coal stoves in 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH TRÌ - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Tài nguyên - Môi trường

Thanh Trì: Hỗ trợ 215 hộ kinh doanh chuyển đổi bếp than tổ ong

20/03/2024 - 10:12

Sáng 19/3, UBND huyện Thanh Trì tổ chức hội nghị sơ kết công tác loại bỏ bếp than tổ ong trên địa bàn. Năm 2023, toàn huyện đã vận động 427 hộ chuyển đổi sang sử dụng bếp gas, bếp điện, bếp từ, vượt 6,8% kế hoạch, gồm 215 hộ kinh doanh ăn uống và 212 hộ gia đình. Tổng kinh phí hỗ trợ hơn 213 triệu đồng, mức hỗ trợ 500.000 đồng/hộ, do ngân sách huyện và ngân sách xã cùng chi trả.

Xã Tả Thanh Oai là địa phương thực hiện tốt nhất với 68 hộ chuyển đổi, tiếp đến là xã Ngũ Hiệp 54 hộ, thị trấn Văn Điển 47 hộ.

Theo kết quả rà soát, đến cuối tháng 2/2024, toàn huyện còn khoảng 130 bếp than tổ ong, chủ yếu tại các hàng quán vỉa hè trên Quốc lộ 1A và đường Ngọc Hồi. Huyện đã thành lập hai tổ công tác liên ngành để kiểm tra định kỳ hằng tháng.

Năm 2024, huyện phấn đấu loại bỏ 100% bếp than tổ ong còn lại; dự kiến dành khoảng 70 triệu đồng cho công tác tuyên truyền, hỗ trợ chuyển đổi.

Nguồn: Phòng Tài nguyên và Môi trường huyện Thanh Trì

Tin khác:
- Thanh Trì ra quân Tết trồng cây Xuân Giáp Thìn 2024
- Hội nghị triển khai nhiệm vụ năm 2024 của ngành tài nguyên

Địa chỉ: Số 375 đường Ngọc Hồi, thị trấn Văn Điển, huyện Thanh Trì
Điện thoại: 024.3861.2345
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("đến cuối tháng 2/2024", None, "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hỗ trợ 215 hộ", "215", 215, "count", "hộ",
        subject="hộ kinh doanh được hỗ trợ chuyển đổi bếp than tổ ong"),
    fig("vận động 427 hộ", "427", 427, "count", "hộ",
        change=chg("increase", 6.8, "%", "kế hoạch"),
        subject="hộ chuyển đổi sang sử dụng bếp gas, bếp điện, bếp từ", period=Y23),
    fig("gồm 215 hộ", "215", 215, "count", "hộ", total=427,
        subject="hộ kinh doanh ăn uống chuyển đổi", period=Y23),
    fig("và 212 hộ", "212", 212, "count", "hộ", total=427,
        subject="hộ gia đình chuyển đổi", period=Y23),
    fig("hơn 213 triệu", "213", 213e6, "money", "đồng", approx="over",
        subject="tổng kinh phí hỗ trợ", period=inh(Y23)),
    fig("500.000 đồng/hộ", "500.000", 500000, "money", "đồng/hộ",
        subject="mức hỗ trợ", period=inh(Y23)),
    fig("với 68 hộ", "68", 68, "count", "hộ", subject="hộ chuyển đổi", period=inh(Y23)),
    fig("Ngũ Hiệp 54 hộ", "54", 54, "count", "hộ", subject="hộ chuyển đổi", period=inh(Y23)),
    fig("Văn Điển 47 hộ", "47", 47, "count", "hộ", subject="hộ chuyển đổi", period=inh(Y23)),
    fig("khoảng 130 bếp", "130", 130, "count", "bếp", approx="about",
        subject="bếp than tổ ong còn lại", period=ASOF),
    fig("hai tổ công tác", "hai", 2, "count", "tổ công tác",
        subject="tổ công tác liên ngành huyện thành lập"),
    fig("loại bỏ 100%", "100", 100, "percent", "%", status="target",
        subject="loại bỏ bếp than tổ ong còn lại", period=Y24),
    fig("khoảng 70 triệu", "70", 70e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí dành cho công tác tuyên truyền, hỗ trợ chuyển đổi", period=Y24),
]

NOTES = [
    "District portal (huyện Thanh Trì, Hà Nội): banner, breadcrumb, '20/03/2024 - 10:12' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Sáng 19/3', 10:12, Quốc lộ 1A, 'Xuân Giáp Thìn 2024', 'năm 2024' in a link, 'Số 375 đường Ngọc Hồi', phone 024.3861.2345.",
    "Headline '215 hộ kinh doanh' is its own figure without period. 'vượt 6,8% kế hoạch' is a gap to plan: change (increase, baseline kế hoạch).",
    "'gồm 215 … và 212 …' follow the whole 427 (total 427); same sentence, so the period 'Năm 2023' is scored.",
    "Communes (Tả Thanh Oai, Ngũ Hiệp, Văn Điển) are not provinces/cities/districts: location stays Thanh Trì; subject is the list's indicator.",
    "'đến cuối tháng 2/2024' is an as-of date (end 2024-02-29). '100%' after 'phấn đấu' → target; 'dự kiến … 70 triệu' → forecast (own clause after ';').",
]

if __name__ == "__main__":
    write("p1528-2", TEXT, NOTES, FIGS, published="2024-03-20", location="Thanh Trì")
