"""p1546-5: national newspaper: only 4 in 10 children on motorbikes wear a helmet (survey, national road deaths)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Giao thông
Thứ sáu, 12/9/2025, 06:00 (GMT+7)

Chỉ 4 trong 10 trẻ em ngồi sau xe máy đội mũ bảo hiểm

Tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi sau xe máy ở các đô thị lớn chỉ khoảng 40%, trong khi năm 2024 cả nước có gần 1.800 trẻ dưới 16 tuổi tử vong vì tai nạn giao thông.

Theo khảo sát do Quỹ An toàn giao thông châu Á (ARSF) thực hiện tại 5 thành phố và công bố ngày 10/9, tỷ lệ người lớn đội mũ bảo hiểm khi đi xe máy đạt trên 95%, nhưng ở trẻ em chỉ khoảng 40%. Tỷ lệ này lần lượt là 41% ở Hà Nội, 38% ở TP HCM, 56% ở Đà Nẵng và 29% ở Cần Thơ.

Khảo sát cũng cho thấy khoảng 30% mũ trẻ em bán tại chợ, cửa hàng nhỏ không có dấu hợp quy CR. Một chiếc mũ trẻ em đạt chuẩn có giá từ 150.000 đến 250.000 đồng, gấp khoảng 3 lần mũ trôi nổi.

Số liệu của Ủy ban An toàn giao thông Quốc gia cho thấy, năm 2024 cả nước có 1.764 trẻ em dưới 16 tuổi tử vong vì tai nạn giao thông, tăng 4,2% so với năm 2023; trong đó 58% là trẻ ngồi sau xe máy.

Theo Nghị định 168/2024/NĐ-CP, người điều khiển xe máy không đội mũ bảo hiểm hoặc chở người ngồi sau không đội mũ bị phạt từ 400.000 đến 600.000 đồng. Tuy vậy, theo ông Lê Minh Tuấn, chuyên gia của ARSF, mức phạt chưa đủ răn đe khi cha mẹ vẫn chủ quan với những quãng đường ngắn dưới 2 km.

ARSF đề xuất mục tiêu đến năm 2030, tỷ lệ trẻ em đội mũ bảo hiểm khi đi xe máy đạt ít nhất 80%, đồng thời đưa mũ trẻ em vào danh mục sản phẩm kiểm tra chất lượng bắt buộc tại cửa khẩu.

Hoàng Phương

Xem thêm:
- Chọn mũ bảo hiểm cho trẻ: cha mẹ cần lưu ý gì?
- Hà Nội xử lý nghiêm vi phạm giao thông dịp khai giảng
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO2030 = per("đến năm 2030", None, "2030-12-31")
CHILD = "tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi sau xe máy"

FIGS = [
    fig("Chỉ 4 trong 10", "4", 4, "count", "trẻ em", total=10,
        subject="trẻ em ngồi sau xe máy đội mũ bảo hiểm"),
    fig("lớn chỉ khoảng 40%", "40", 40, "percent", "%", approx="about", subject=CHILD),
    fig("có gần 1.800 trẻ", "1.800", 1800, "count", "trẻ", approx="nearly",
        subject="trẻ dưới 16 tuổi tử vong vì tai nạn giao thông", period=Y24),
    fig("trẻ dưới 16 tuổi tử", "16", 16, "measure", "tuổi", optional=True),
    fig("tại 5 thành phố", "5", 5, "count", "thành phố", subject="thành phố khảo sát"),
    fig("đạt trên 95%", "95", 95, "percent", "%", approx="over",
        subject="tỷ lệ người lớn đội mũ bảo hiểm khi đi xe máy"),
    fig("em chỉ khoảng 40%", "40", 40, "percent", "%", approx="about", subject="tỷ lệ đội mũ bảo hiểm ở trẻ em"),
    fig("là 41% ở Hà Nội", "41", 41, "percent", "%", subject="tỷ lệ trẻ em đội mũ bảo hiểm", location="Hà Nội"),
    fig("38% ở TP HCM", "38", 38, "percent", "%", subject="tỷ lệ trẻ em đội mũ bảo hiểm", location="Hồ Chí Minh"),
    fig("56% ở Đà Nẵng", "56", 56, "percent", "%", subject="tỷ lệ trẻ em đội mũ bảo hiểm", location="Đà Nẵng"),
    fig("29% ở Cần Thơ", "29", 29, "percent", "%", subject="tỷ lệ trẻ em đội mũ bảo hiểm", location="Cần Thơ"),
    fig("khoảng 30% mũ", "30", 30, "percent", "%", approx="about",
        subject="mũ trẻ em bán tại chợ, cửa hàng nhỏ không có dấu hợp quy CR"),
    fig("từ 150.000 đến 250.000", "150.000", 150000, "money", "đồng/chiếc", value_max=250000,
        change=chg("increase", 3, "lần", "mũ trôi nổi", approx="about"),
        subject="giá mũ trẻ em đạt chuẩn"),
    fig("có 1.764 trẻ", "1.764", 1764, "count", "trẻ em", change=chg("increase", 4.2, "%", "năm 2023"),
        subject="trẻ em dưới 16 tuổi tử vong vì tai nạn giao thông", period=Y24),
    fig("em dưới 16 tuổi tử", "16", 16, "measure", "tuổi", optional=True),
    fig("trong đó 58%", "58", 58, "percent", "%", subject="trẻ ngồi sau xe máy", period=Y24),
    fig("từ 400.000 đến 600.000", "400.000", 400000, "money", "đồng", value_max=600000,
        subject="mức phạt người điều khiển xe máy không đội mũ bảo hiểm"),
    fig("dưới 2 km", "2", 2, "measure", "km", approx="under", optional=True),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ trẻ em đội mũ bảo hiểm khi đi xe máy", period=TO2030),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 12/9/2025, 06:00 (GMT+7)', headline figure, sapo, byline, 'Xem thêm' links.",
    "Distractors: 06:00, (GMT+7), 'ngày 10/9', Nghị định 168/2024/NĐ-CP, baseline 'năm 2023', 'Một chiếc mũ' (the price's",
    "denominator, never a figure).",
    "All figures are national (location Việt Nam) except the four list items 'lần lượt là 41% ở Hà Nội, 38% ở TP HCM, ...':",
    "their city is the location, the list's indicator ('Tỷ lệ này' = children's helmet rate) the subject.",
    "'Chỉ 4 trong 10 trẻ em' → 4 with total 10 ('trong số N'). Age limits 'dưới 16 tuổi' (twice) and the trip length",
    "'dưới 2 km' qualify a group or a situation, not a claim: optional.",
    "'gấp khoảng 3 lần mũ trôi nổi' after the price → change 3 lần (approx about), baseline 'mũ trôi nổi'.",
    "'trong đó 58% là trẻ ngồi sau xe máy' → percent figure of its own, period năm 2024 (same sentence after ';').",
    "'ARSF đề xuất mục tiêu đến năm 2030 ... đạt ít nhất 80%' → target, at_least, period ending 2030-12-31.",
]

if __name__ == "__main__":
    write("p1546-5", TEXT, NOTES, FIGS, published="2025-09-12", location="Việt Nam")
