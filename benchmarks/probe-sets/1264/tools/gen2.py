"""p1264-2: district portal (huyện Kiến Xương, Thái Bình): spring rice transplanted by machine, transplanter services."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Hơn 4.500 ha lúa xuân được cấy bằng máy

27/02/2024 - 10:20

Tính đến ngày 25/2/2024, toàn huyện đã gieo cấy xong 10.850 ha lúa xuân, trong đó diện tích cấy bằng máy đạt 4.520 ha, chiếm 41,7%, tăng 6,3% so với vụ xuân 2023. Cơ cấu giống chủ yếu là BC15, TBR225, Đài Thơm 8 và Nếp 97.

Toàn huyện hiện có 96 máy cấy, gồm 71 máy cấy đi bộ và 25 máy cấy ngồi lái; 14 hợp tác xã và 38 hộ cá nhân cung ứng dịch vụ mạ khay, cấy máy. Giá dịch vụ làm mạ khay và cấy phổ biến từ 450.000 đến 500.000 đồng/sào, thấp hơn khoảng 100.000 đồng/sào so với thuê cấy tay.

Tại xã Vũ Quý, Hợp tác xã dịch vụ nông nghiệp Quý Thịnh đã đầu tư 6 máy cấy ngồi lái và 2 dây chuyền gieo mạ khay công suất 1.200 khay/giờ. Vụ này hợp tác xã làm mạ và cấy cho 320 ha, chiếm 68% diện tích lúa của xã. Ông Phạm Văn Hùng, Giám đốc hợp tác xã cho biết, mỗi máy cấy ngồi lái cấy được 3-4 ha/ngày. Năng suất lao động của máy gấp khoảng 20 lần cấy tay.

Năm 2024, huyện phấn đấu đưa tỷ lệ cấy bằng máy lên 50% diện tích lúa. Theo Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện, dự kiến huyện hỗ trợ 30% giá mua máy cấy, tối đa 150 triệu đồng/máy.

Tin khác:
- Kiến Xương tổng kết công tác khuyến nông năm 2023
- Ra quân làm thủy lợi nội đồng vụ đông xuân 2023-2024

UBND huyện Kiến Xương - Thị trấn Thanh Nê, huyện Kiến Xương, tỉnh Thái Bình
Điện thoại: 0227.3821.256
"""

ASOF = per("Tính đến ngày 25/2/2024", None, "2024-02-25")
Y24 = year("Năm 2024", 2024)

FIGS = [
    fig("Hơn 4.500 ha", "4.500", 4500, "measure", "ha", approx="over", subject="lúa xuân được cấy bằng máy"),
    fig("xong 10.850 ha", "10.850", 10850, "measure", "ha", subject="lúa xuân gieo cấy", period=ASOF),
    fig("đạt 4.520 ha", "4.520", 4520, "measure", "ha", total=10850, percent=41.7,
        change=chg("increase", 6.3, "%", "vụ xuân 2023"), subject="diện tích cấy bằng máy", period=ASOF),
    fig("có 96 máy", "96", 96, "count", "máy cấy", subject="máy cấy"),
    fig("71 máy", "71", 71, "count", "máy cấy", total=96, subject="máy cấy đi bộ"),
    fig("và 25 máy", "25", 25, "count", "máy cấy", total=96, subject="máy cấy ngồi lái"),
    fig("14 hợp tác xã", "14", 14, "count", "hợp tác xã", subject="hợp tác xã cung ứng dịch vụ mạ khay, cấy máy"),
    fig("38 hộ", "38", 38, "count", "hộ", subject="hộ cá nhân cung ứng dịch vụ mạ khay, cấy máy"),
    fig("từ 450.000 đến", "450.000", 450000, "money", "đồng/sào", value_max=500000,
        change=chg("decrease", 100000, "đồng/sào", "thuê cấy tay", approx="about"),
        subject="giá dịch vụ làm mạ khay và cấy"),
    fig("đầu tư 6 máy", "6", 6, "count", "máy cấy",
        subject="máy cấy ngồi lái Hợp tác xã dịch vụ nông nghiệp Quý Thịnh đầu tư"),
    fig("2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền gieo mạ khay"),
    fig("1.200 khay/giờ", "1.200", 1200, "measure", "khay/giờ", subject="công suất dây chuyền gieo mạ khay"),
    fig("cho 320 ha", "320", 320, "measure", "ha", percent=68, subject="diện tích hợp tác xã làm mạ và cấy"),
    fig("3-4 ha/ngày", "3", 3, "measure", "ha/ngày", value_max=4,
        subject="diện tích mỗi máy cấy ngồi lái cấy được"),
    fig("khoảng 20 lần", "20", 20, "multiple", "lần", approx="about",
        subject="năng suất lao động của máy so với cấy tay"),
    fig("lên 50%", "50", 50, "percent", "%", status="target", subject="tỷ lệ cấy bằng máy", period=Y24),
    fig("hỗ trợ 30%", "30", 30, "percent", "%", status="forecast", subject="mức hỗ trợ giá mua máy cấy"),
    fig("tối đa 150 triệu", "150", 150e6, "money", "đồng/máy", approx="at_most", status="forecast",
        subject="mức hỗ trợ tối đa mua máy cấy"),
]

NOTES = [
    "District portal (huyện Kiến Xương, Thái Bình): banner naming the district, menu, '27/02/2024 - 10:20', 'Tin khác', footer with phone.",
    "Distractors: 10:20, rice varieties BC15, TBR225, Đài Thơm 8, Nếp 97, Nghị quyết số 12-NQ/HU, 'năm 2023' and 'vụ đông xuân 2023-2024'",
    "in link titles, phone 0227.3821.256.",
    "Location Kiến Xương for every figure (the commune Vũ Quý lies in it). 'trong đó ... đạt 4.520 ha, chiếm 41,7%, tăng 6,3%'",
    "→ total 10.850, percent 41,7, change 6,3% (baseline vụ xuân 2023). 'Vụ này' (a season) gives no period.",
    "'Năng suất lao động của máy gấp khoảng 20 lần cấy tay' stands alone as the claim → multiple.",
    "'dự kiến' governs both '30%' and 'tối đa 150 triệu đồng/máy' (forecast); the policy sentence has no period.",
]

if __name__ == "__main__":
    write("p1264-2", TEXT, NOTES, FIGS, published="2024-02-27", location="Kiến Xương")
