"""p1265-2: district portal (huyện Văn Lâm, Hưng Yên): relocating 286 traders to a temporary market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Chính quyền | Liên hệ

Bốc thăm vị trí kinh doanh tạm cho 286 hộ tiểu thương chợ Như Quỳnh

25/06/2024 - 10:20

Sáng 24/6, UBND thị trấn Như Quỳnh phối hợp với Công ty cổ phần Đầu tư Thương mại Phúc Lộc tổ chức bốc thăm, bàn giao vị trí kinh doanh tạm cho các hộ tiểu thương chợ Như Quỳnh để giải phóng mặt bằng xây dựng chợ mới.

Khu chợ tạm rộng gần 4.500 m2 tại khu đất dịch vụ thôn Ngọc Quỳnh, cách chợ cũ khoảng 800 m, gồm 240 sạp và 46 ki-ốt, có mái che, nhà vệ sinh và bãi đỗ xe.

Theo phương án được UBND huyện phê duyệt tại Quyết định số 1125/QĐ-UBND ngày 12/4/2024, chợ Như Quỳnh mới có tổng mức đầu tư 126 tỷ đồng, quy mô 2 tầng, tổng diện tích sàn 9.800 m2, bố trí 520 điểm kinh doanh; thời gian thi công dự kiến 18 tháng.

Các hộ tiểu thương được miễn 100% giá dịch vụ sử dụng diện tích bán hàng tại chợ tạm và được hỗ trợ chi phí di chuyển 2 triệu đồng/hộ. Ông Nguyễn Văn Thắng, Chủ tịch UBND thị trấn Như Quỳnh cho biết, đến nay đã có 271/286 hộ ký cam kết di chuyển, đạt 94,8%; số hộ còn lại sẽ được vận động trước ngày 30/6.

Hiện toàn huyện có 14 chợ, trong đó 3 chợ đã được đầu tư kiên cố. Năm 2023, thu giá dịch vụ tại các chợ trên địa bàn huyện đạt hơn 3,2 tỷ đồng, vượt 8% kế hoạch.

Nguồn: Trung tâm Văn hóa, Thông tin và Thể thao huyện

Tin khác:
- Huyện Văn Lâm ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Hội nghị triển khai công tác phòng cháy, chữa cháy tại chợ

Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên. Điện thoại: 0221.3985.118
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("tạm cho 286 hộ", "286", 286, "count", "hộ tiểu thương",
        subject="hộ tiểu thương chợ Như Quỳnh bốc thăm vị trí kinh doanh tạm"),
    fig("rộng gần 4.500 m2", "4.500", 4500, "measure", "m2", approx="nearly", subject="diện tích khu chợ tạm"),
    fig("khoảng 800 m", "800", 800, "measure", "m", approx="about",
        subject="khoảng cách từ khu chợ tạm đến chợ cũ"),
    fig("gồm 240 sạp", "240", 240, "count", "sạp", subject="sạp khu chợ tạm"),
    fig("và 46 ki-ốt", "46", 46, "count", "ki-ốt", subject="ki-ốt khu chợ tạm"),
    fig("tư 126 tỷ", "126", 126e9, "money", "đồng", subject="tổng mức đầu tư chợ Như Quỳnh mới"),
    fig("quy mô 2 tầng", "2", 2, "count", "tầng", subject="quy mô chợ Như Quỳnh mới"),
    fig("sàn 9.800 m2", "9.800", 9800, "measure", "m2", subject="tổng diện tích sàn chợ Như Quỳnh mới"),
    fig("trí 520 điểm", "520", 520, "count", "điểm kinh doanh", subject="điểm kinh doanh chợ mới bố trí"),
    fig("dự kiến 18 tháng", "18", 18, "measure", "tháng", status="forecast", subject="thời gian thi công"),
    fig("miễn 100% giá", "100", 100, "percent", "%",
        subject="miễn giá dịch vụ sử dụng diện tích bán hàng tại chợ tạm"),
    fig("2 triệu đồng/hộ", "2", 2e6, "money", "đồng/hộ", subject="hỗ trợ chi phí di chuyển"),
    fig("có 271/286", "271", 271, "count", "hộ", total=286, percent=94.8, subject="hộ ký cam kết di chuyển"),
    fig("có 14 chợ", "14", 14, "count", "chợ", subject="chợ toàn huyện"),
    fig("trong đó 3 chợ", "3", 3, "count", "chợ", total=14, subject="chợ đã được đầu tư kiên cố"),
    fig("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="over",
        change=chg("increase", 8, "%", "kế hoạch"),
        subject="thu giá dịch vụ tại các chợ trên địa bàn huyện", period=Y23),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, menu, '25/06/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "All figures describe the district (thị trấn Như Quỳnh is below district level): default location Văn Lâm.",
    "Distractors: 10:20, 'Sáng 24/6', Quyết định số 1125/QĐ-UBND ngày 12/4/2024, 'trước ngày 30/6', 'năm 2024' in a link, phone 0221.3985.118.",
    "Event and decision dates are not periods of the figures: no period except 'Năm 2023' for the fee revenue. 'đến nay' (no year, no span) is left without period.",
    "'gồm 240 sạp và 46 ki-ốt' follows the area (4.500 m2) and the distance, which count other things: no total.",
    "'quy mô 2 tầng' is a count of floors; 'thời gian thi công dự kiến 18 tháng' a measure with status forecast (a project duration, not a period locating a figure).",
    "'271/286 hộ ..., đạt 94,8%' → total 286 and percent 94.8. 'vượt 8% kế hoạch' is a change (increase 8%, baseline kế hoạch).",
]

if __name__ == "__main__":
    write("p1265-2", TEXT, NOTES, FIGS, published="2024-06-25", location="Văn Lâm")
