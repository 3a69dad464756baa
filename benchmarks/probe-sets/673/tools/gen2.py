import sys
from lib import emit, fig, per, inh, chg

TEXT = """ỦY BAN NHÂN DÂN HUYỆN CỦ CHI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Kinh tế / Nông nghiệp

Củ Chi có 1.036 ha rau, dưa lưới trồng trong nhà màng, nhà lưới

Thứ Ba, 05/03/2024 14:20

Năm 2023, diện tích sản xuất rau, dưa lưới trong nhà màng, nhà lưới trên địa bàn huyện đạt 1.036 ha, tăng 64 ha so với năm 2022, chiếm 28,5% tổng diện tích trồng rau của huyện. Dẫn đầu là các xã Tân Thông Hội, Phước Vĩnh An và Tân Phú Trung với diện tích lần lượt là 182 ha, 145 ha và 117 ha.

Toàn huyện hiện có 96 mô hình trồng rau thủy canh, tập trung tại xã Tân Thông Hội (41 mô hình) và xã Tân An Hội (23 mô hình). Năng suất rau ăn lá thủy canh bình quân đạt 45 tấn/ha/năm; giá trị sản xuất trên 1 ha đất trồng rau trong nhà màng đạt 1,05 tỷ đồng/ha/năm, trong khi sản xuất ngoài trời chỉ khoảng 380 triệu đồng/ha/năm.

Trong năm 2023, Phòng giao dịch Ngân hàng Chính sách xã hội huyện và Quỹ Hỗ trợ nông dân đã giải ngân 126,4 tỷ đồng cho 1.128 lượt hộ vay đầu tư nhà lưới, hệ thống tưới tự động; mức vay tối đa 300 triệu đồng/hộ. Theo Quyết định số 13/2020/QĐ-UBND của UBND Thành phố, người vay được hỗ trợ lãi suất từ 60 đến 80%.

Hợp tác xã Nông nghiệp Ấp 3 (xã Phước Vĩnh An) cho biết, mỗi 1.000 m² nhà lưới trồng rau ăn lá cho lãi khoảng 90 triệu đồng/năm.

Kế hoạch năm 2024, huyện phấn đấu nâng diện tích rau, dưa lưới trong nhà màng, nhà lưới lên 1.100 ha, trong đó 150 ha ứng dụng công nghệ thủy canh, tưới nhỏ giọt tự động.

Địa chỉ: số 1 Tỉnh lộ 8, khu phố 1, thị trấn Củ Chi. Điện thoại: (028) 3892.0224
Số lượt truy cập: 2.418.339
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
S_AREA = "diện tích sản xuất rau, dưa lưới trong nhà màng, nhà lưới"

F = [
    fig("có 1.036 ha", "1.036", 1036, "measure", "ha", S_AREA, inh(Y23)),
    fig("đạt 1.036 ha", "1.036", 1036, "measure", "ha", S_AREA, Y23, percent=28.5,
        change=chg("increase", 64, "ha", "năm 2022")),
    fig("là 182 ha", "182", 182, "measure", "ha", S_AREA + " xã Tân Thông Hội", inh(Y23)),
    fig("182 ha, 145 ha", "145", 145, "measure", "ha", S_AREA + " xã Phước Vĩnh An", inh(Y23)),
    fig("và 117 ha", "117", 117, "measure", "ha", S_AREA + " xã Tân Phú Trung", inh(Y23)),
    fig("96 mô hình", "96", 96, "count", "mô hình", "mô hình trồng rau thủy canh"),
    fig("(41 mô hình)", "41", 41, "count", "mô hình", "mô hình trồng rau thủy canh tại xã Tân Thông Hội"),
    fig("(23 mô hình)", "23", 23, "count", "mô hình", "mô hình trồng rau thủy canh tại xã Tân An Hội"),
    fig("đạt 45 tấn/ha/năm", "45", 45, "measure", "tấn/ha/năm", "năng suất rau ăn lá thủy canh bình quân"),
    fig("đạt 1,05 tỷ", "1,05", 1050000000, "money", "đồng/ha/năm",
        "giá trị sản xuất trên 1 ha đất trồng rau trong nhà màng"),
    fig("khoảng 380 triệu", "380", 380000000, "money", "đồng/ha/năm", "giá trị sản xuất ngoài trời", approx="about"),
    fig("giải ngân 126,4 tỷ", "126,4", 126400000000, "money", "đồng",
        "vốn giải ngân cho vay đầu tư nhà lưới, hệ thống tưới tự động", Y23b),
    fig("1.128 lượt hộ", "1.128", 1128, "count", "lượt hộ", "lượt hộ vay đầu tư nhà lưới, hệ thống tưới tự động", Y23b),
    fig("tối đa 300 triệu", "300", 300000000, "money", "đồng/hộ", "mức vay", Y23b, approx="at_most"),
    fig("từ 60 đến 80%", "60", 60, "percent", "%", "mức hỗ trợ lãi suất", value_max=80),
    fig("khoảng 90 triệu", "90", 90000000, "money", "đồng/1.000 m²/năm",
        "lãi từ nhà lưới trồng rau ăn lá", approx="about"),
    fig("lên 1.100 ha", "1.100", 1100, "measure", "ha", S_AREA, Y24, status="target"),
    fig("150 ha", "150", 150, "measure", "ha",
        "diện tích ứng dụng công nghệ thủy canh, tưới nhỏ giọt tự động", Y24, total=1100, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Củ Chi (TP. Hồ Chí Minh): rau, dưa lưới trong nhà màng, nhà lưới năm 2023; thủy canh; vốn vay (invented, probe set 673).",
    "District portal: location Củ Chi throughout; communes (xã) are not a province/city/district, so they stay in the subject.",
    "Not figures: '05/03/2024 14:20' (dateline), 'Quyết định số 13/2020/QĐ-UBND', 'Ấp 3' (name), 'số 1 Tỉnh lộ 8, khu phố 1',",
    "'(028) 3892.0224', 'Số lượt truy cập: 2.418.339', denominators '1 ha', '1.000 m²'. 'chiếm 28,5%' is the share of 1.036 ha;",
    "'tăng 64 ha so với năm 2022' its change. Bracketed commune counts (41, 23) do not add up to 96 and have no cue: no total.",
    "'mỗi 1.000 m² … lãi khoảng 90 triệu đồng/năm': the denominator goes into the unit (FIGURES.md, Rates).",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p673-2", TEXT, COMMENTS, F, published="2024-03-05", location="Củ Chi") else 1)
