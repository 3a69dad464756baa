"""p796-5: Báo Lạng Sơn (Party/provincial paper) — hồng Vành Khuyên, huyện Văn Lãng (9/2023), byline + bare date at the end."""
from lib import Fig, write, year, asof, period, inherit, change

TEXT = """
BÁO LẠNG SƠN
Kinh tế
Hồng Vành Khuyên Văn Lãng được mùa, được giá

Những ngày cuối tháng 9, dọc Quốc lộ 4A qua các xã Hoàng Văn Thụ, Tân Mỹ, Hoàng Việt của huyện Văn Lãng, các sạp hồng Vành Khuyên chín đỏ bày bán tấp nập. Năm nay toàn huyện có 1.560 ha hồng, trong đó khoảng 1.200 ha cho thu hoạch; sản lượng ước đạt trên 9.000 tấn, tăng khoảng 15% so với năm 2022.

Ông Nông Văn Tám ở thôn Bản Hẻo, xã Hoàng Văn Thụ cho biết, gia đình ông có gần 400 cây hồng trên diện tích 2,5 ha, vụ này thu khoảng 20 tấn quả. Với giá bán tại vườn 15.000-18.000 đồng/kg, trừ chi phí, gia đình lãi trên 200 triệu đồng.

Theo ông Hoàng Văn Lực, Chủ tịch UBND xã Hoàng Văn Thụ, xã có 580 ha hồng, chiếm hơn 37% diện tích hồng toàn huyện. Từ đầu tháng 9 đến nay, thương lái từ Hà Nội, Bắc Ninh và các tỉnh lân cận đã thu mua gần 2.000 tấn hồng của xã. Nhiều hộ còn thuê lao động thời vụ hái, phân loại hồng với mức 250.000 đồng/người/ngày.

Để nâng giá trị, huyện đã hỗ trợ thành lập 3 hợp tác xã chế biến hồng sấy, hồng ngâm, mỗi năm chế biến khoảng 150 tấn quả tươi. Nhãn hiệu tập thể "Hồng Vành Khuyên Văn Lãng" được bảo hộ theo Quyết định số 4521/QĐ-SHTT. Huyện đặt mục tiêu đến năm 2025 có 1.800 ha hồng, giá trị thu từ cây hồng đạt 150 tỷ đồng/năm.

HOÀNG THU
24/9/2023
"""

P_NAMNAY = year("Năm nay", 2023)
P_SEP = period("Từ đầu tháng 9 đến nay", "2023-09-01", "2023-09-24")
P2025 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    Fig("có 1.560 ha", "1.560", 1560, "measure", "ha", "diện tích hồng", P_NAMNAY),
    Fig("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích hồng cho thu hoạch", P_NAMNAY,
        approx="about", total=1560),
    Fig("trên 9.000 tấn", "9.000", 9000, "measure", "tấn", "sản lượng hồng", P_NAMNAY, approx="over",
        change=change("increase", 15, "%", "năm 2022", approx="about"), status="estimate"),
    Fig("gần 400 cây", "400", 400, "count", "cây", "cây hồng của gia đình ông Nông Văn Tám", approx="nearly"),
    Fig("diện tích 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích trồng hồng của gia đình"),
    Fig("khoảng 20 tấn", "20", 20, "measure", "tấn", "quả hồng gia đình thu vụ này", approx="about"),
    Fig("15.000-18.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá bán hồng tại vườn", value_max=18000),
    Fig("trên 200 triệu đồng", "200", 200e6, "money", "đồng", "lãi của gia đình", approx="over"),
    Fig("có 580 ha", "580", 580, "measure", "ha", "diện tích hồng xã Hoàng Văn Thụ", percent=37),
    Fig("gần 2.000 tấn", "2.000", 2000, "measure", "tấn", "hồng thương lái thu mua của xã", P_SEP,
        approx="nearly"),
    Fig("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
        "tiền công lao động thời vụ hái, phân loại hồng"),
    Fig("3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã chế biến hồng sấy, hồng ngâm"),
    Fig("khoảng 150 tấn", "150", 150, "measure", "tấn", "quả tươi các hợp tác xã chế biến mỗi năm",
        approx="about"),
    Fig("có 1.800 ha", "1.800", 1800, "measure", "ha", "diện tích hồng", P2025, status="target"),
    Fig("150 tỷ đồng/năm", "150", 150e9, "money", "đồng/năm", "giá trị thu từ cây hồng", P2025,
        status="target"),
]

NOTES = [
    "Báo Lạng Sơn: hồng Vành Khuyên, huyện Văn Lãng. Byline 'HOÀNG THU' and bare date 24/9/2023 at the end give 'published'.",
    "Location: Văn Lãng for every figure (the commune Hoàng Văn Thụ lies in it); traders from Hà Nội, Bắc Ninh are buyers, not the place.",
    "'Năm nay' = 2023. 'chiếm hơn 37% diện tích hồng toàn huyện' after 580 ha is its percent; 'vụ này' gives no dated period.",
    "Not figures: 'cuối tháng 9', 'Quốc lộ 4A', name 'Nông Văn Tám', 'Quyết định số 4521/QĐ-SHTT', bare date.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2023-09-24", location="Văn Lãng")
