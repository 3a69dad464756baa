"""p1530-6: national newspaper (VnExpress-like): PE cling film displaces PVC film; prices in TP HCM, national output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Hàng hóa

Thứ sáu, 20/9/2024, 07:00 (GMT+7)

Màng bọc thực phẩm PE lấn át màng PVC

Người tiêu dùng và các bếp ăn chuyển dần sang màng bọc PE vì lo ngại chất hóa dẻo trong màng PVC, dù giá cao hơn 20-30%.

Tại một siêu thị ở quận Bình Thạnh, TP HCM, cuộn màng bọc PE khổ 30 cm có giá 52.000 đồng, trong khi cuộn màng PVC cùng kích thước chỉ khoảng 41.000 đồng. Chị Lê Ngọc Hân, chủ một cơ sở làm bánh bông lan ở quận Gò Vấp, cho biết mỗi tháng cơ sở dùng 15 hộp giấy bạc và khoảng 40 cuộn màng bọc khổ lớn; chi phí bao gói chiếm gần 8% giá thành.

Theo Hiệp hội Nhựa Việt Nam (VPA), cả nước có khoảng 120 doanh nghiệp sản xuất màng bọc thực phẩm, tổng sản lượng năm 2023 ước 310.000 tấn, trong đó màng PE chiếm khoảng 65%. Năm 2020, tỷ lệ này chỉ là 48%. Tiêu thụ màng bọc bình quân đạt khoảng 1,6 kg/người/năm, thấp hơn nhiều so với Thái Lan (2,9 kg).

Ông Trịnh Quang Vĩnh, Phó chủ tịch VPA, dự báo nhu cầu màng bọc PE sẽ tăng 7-9% mỗi năm đến năm 2030. "Quy chuẩn QCVN 12-1:2011/BYT đã giới hạn thôi nhiễm, nhưng nhiều cơ sở nhỏ vẫn dùng màng trôi nổi giá chỉ 25.000 đồng một cuộn", ông nói.

Bộ Y tế khuyến cáo không dùng màng bọc PVC trong lò vi sóng ở nhiệt độ trên 70 độ C.

Minh Châu

Ý kiến (12)
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y20 = per("Năm 2020", "2020-01-01", "2020-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
BT, GV = "Bình Thạnh", "Gò Vấp"

FIGS = [
    fig("cao hơn 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="giá màng bọc PE cao hơn màng PVC"),
    fig("khổ 30 cm", "30", 30, "measure", "cm", optional=True, subject="khổ cuộn màng bọc PE", location=BT),
    fig("giá 52.000", "52.000", 52000, "money", "đồng/cuộn", subject="giá cuộn màng bọc PE", location=BT),
    fig("khoảng 41.000", "41.000", 41000, "money", "đồng/cuộn", approx="about",
        subject="giá cuộn màng PVC cùng kích thước", location=BT),
    fig("dùng 15 hộp", "15", 15, "measure", "hộp/tháng", subject="giấy bạc cơ sở làm bánh dùng mỗi tháng",
        location=GV),
    fig("khoảng 40 cuộn", "40", 40, "measure", "cuộn/tháng", approx="about",
        subject="màng bọc khổ lớn cơ sở làm bánh dùng mỗi tháng", location=GV),
    fig("gần 8%", "8", 8, "percent", "%", approx="nearly", subject="tỷ trọng chi phí bao gói trong giá thành",
        location=GV),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất màng bọc thực phẩm"),
    fig("ước 310.000 tấn", "310.000", 310000, "measure", "tấn", status="estimate",
        subject="tổng sản lượng màng bọc thực phẩm", period=Y23),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng màng PE trong tổng sản lượng màng bọc thực phẩm", period=Y23),
    fig("chỉ là 48%", "48", 48, "percent", "%", subject="tỷ lệ màng PE trong tổng sản lượng màng bọc thực phẩm",
        period=Y20),
    fig("khoảng 1,6 kg", "1,6", 1.6, "measure", "kg/người/năm", approx="about",
        subject="tiêu thụ màng bọc bình quân"),
    fig("Thái Lan (2,9 kg)", "2,9", 2.9, "measure", "kg", optional=True,
        subject="tiêu thụ màng bọc bình quân của Thái Lan"),
    fig("tăng 7-9%", "7", 7, "percent", "%", value_max=9, status="forecast",
        subject="nhu cầu màng bọc PE tăng mỗi năm", period=TO30),
    fig("giá chỉ 25.000", "25.000", 25000, "money", "đồng/cuộn", subject="giá màng trôi nổi"),
    fig("trên 70 độ", "70", 70, "measure", "độ C", approx="over", optional=True,
        subject="nhiệt độ khuyến cáo không dùng màng bọc PVC trong lò vi sóng"),
]

NOTES = [
    "National newspaper: section, 'Thứ sáu, 20/9/2024, 07:00 (GMT+7)', headline, sapo, quote, byline, comment counter 'Ý kiến (12)'.",
    "Distractors: 07:00, (GMT+7), 'QCVN 12-1:2011/BYT', 'Ý kiến (12)'; 'năm 2030' as the end of a forecast period.",
    "Location: national default Việt Nam (sapo, VPA figures); the supermarket in quận Bình Thạnh → Bình Thạnh; the bakery in quận Gò Vấp → Gò Vấp.",
    "Sapo 'giá cao hơn 20-30%' has no base amount: a percent figure (range) with no change object.",
    "Prices per roll ('cuộn ... có giá 52.000 đồng', '25.000 đồng một cuộn') → unit đồng/cuộn. 'mỗi tháng ... 15 hộp ... và khoảng 40 cuộn'",
    "→ monthly rates (hộp/tháng, cuộn/tháng); 'khoảng' scopes only 40. 'chi phí bao gói chiếm gần 8% giá thành' stands alone: percent figure.",
    "'ước 310.000 tấn' → estimate; 'trong đó màng PE chiếm khoảng 65%' continues the clause → estimate, percent figure (no total).",
    "'Năm 2020, tỷ lệ này chỉ là 48%' → percent, period 2020, subject resolved from 'tỷ lệ này'. 'dự báo ... tăng 7-9% mỗi năm đến năm",
    "2030' → forecast, period end 2030-12-31.",
    "Optional: 'khổ 30 cm' (a roll width, specification); 'Thái Lan (2,9 kg)' (a foreign comparison inside a 'thấp hơn ... so với'",
    "baseline; no Vietnamese place); 'trên 70 độ C' (a temperature threshold in advice, not a statistic).",
    "revised after the first run: the 48% subject said 'tỷ trọng', but the sentence names the indicator 'tỷ lệ này' → 'tỷ lệ màng PE",
    "trong tổng sản lượng màng bọc thực phẩm' (the referent of 'này' resolved, the sentence's own noun kept).",
]

if __name__ == "__main__":
    write("p1530-6", TEXT, NOTES, FIGS, published="2024-09-20", location="Việt Nam")
