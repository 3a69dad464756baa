from lib import emit, fig, per, inh

TEXT = """Bạc Liêu: Giữ bờ biển bằng "lá chắn xanh"

(BL) - Bờ biển Bạc Liêu dài 56 km nhiều năm liền bị sóng biển xâm thực. Theo Chi cục Thủy lợi tỉnh, hiện có 35,5 km bờ biển bị sạt lở, có nơi bờ biển lùi sâu 25 m/năm.

Từ năm 2020 đến nay, tỉnh đã đầu tư xây dựng 22,7 km kè mềm bằng cọc bê tông ly tâm với tổng vốn trên 1.120 tỷ đồng. Phía sau các tuyến kè, bãi bồi hình thành nhanh, cao trình tăng thêm từ 0,3 đến 0,8 m, tạo điều kiện trồng mới 260 ha rừng ngập mặn.

Tỷ lệ cây sống trên diện tích trồng sau kè đạt 85-90%. Con số này cao gấp gần 2 lần so với trồng trực tiếp trên bãi trống trước đây.

Ông Nguyễn Văn Tám, ấp Gò Cát, xã Vĩnh Hậu A, huyện Hòa Bình cho biết: "Năm 2019 nước ăn sát chân đê, giờ phía trước đã có dải rừng mắm rộng hơn 100 m, bà con yên tâm nuôi tôm".

Kế hoạch năm 2024, tỉnh trồng 120 ha rừng phòng hộ ven biển với kinh phí 48,6 tỷ đồng từ Chương trình mục tiêu ứng phó biến đổi khí hậu. Đến nay đã trồng được 74 ha, đạt 61,7% kế hoạch. Đặc biệt, đoạn bờ biển từ Cống số 2 đến cửa biển Gành Hào dài 9,4 km đã được phủ kín rừng phòng hộ.

Theo ông Lê Văn Sử, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, bên cạnh công trình kè, tỉnh sẽ tiếp tục giao khoán bảo vệ rừng cho hộ dân ven biển, kết hợp nuôi trồng thủy sản dưới tán rừng. Tỉnh phấn đấu đến năm 2030 có 1.000 ha rừng phòng hộ ven biển, bảo đảm 100% chiều dài bờ biển có đai rừng phía trước đê.

HOÀNG LAM

12/09/2024
"""

NOW = per("Từ năm 2020 đến nay", "2020-01-01", "2024-09-12")
Y24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("dài 56 km", "56", 56, "measure", "km", "chiều dài bờ biển Bạc Liêu"),
    fig("35,5 km", "35,5", 35.5, "measure", "km", "bờ biển bị sạt lở"),
    fig("25 m/năm", "25", 25, "measure", "m/năm", "bờ biển lùi sâu do sạt lở"),
    fig("22,7 km", "22,7", 22.7, "measure", "km", "kè mềm bằng cọc bê tông ly tâm đầu tư xây dựng", NOW),
    fig("trên 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "tổng vốn đầu tư xây dựng kè", NOW, approx="over"),
    fig("từ 0,3 đến 0,8 m", "0,3", 0.3, "measure", "m", "cao trình bãi bồi tăng thêm phía sau các tuyến kè",
        inh(NOW), value_max=0.8),
    fig("260 ha", "260", 260, "measure", "ha", "rừng ngập mặn trồng mới", inh(NOW)),
    fig("85-90%", "85", 85, "percent", "%", "Tỷ lệ cây sống trên diện tích trồng sau kè", value_max=90),
    fig("gấp gần 2 lần", "2", 2, "multiple", "lần",
        "tỷ lệ cây sống trồng sau kè so với trồng trực tiếp trên bãi trống", approx="nearly"),
    fig("hơn 100 m", "100", 100, "measure", "m", "dải rừng mắm phía trước đê rộng", approx="over", location="Hòa Bình"),
    fig("trồng 120 ha", "120", 120, "measure", "ha", "rừng phòng hộ ven biển trồng", Y24, status="target"),
    fig("48,6 tỷ đồng", "48,6", 48.6e9, "money", "đồng", "kinh phí trồng rừng phòng hộ ven biển", Y24, status="target"),
    fig("74 ha", "74", 74, "measure", "ha", "rừng phòng hộ ven biển đã trồng",
        per("Đến nay", None, "2024-09-12"), percent=61.7),
    fig("dài 9,4 km", "9,4", 9.4, "measure", "km",
        "đoạn bờ biển từ Cống số 2 đến cửa biển Gành Hào được phủ kín rừng phòng hộ"),
    fig("1.000 ha", "1.000", 1000, "measure", "ha", "rừng phòng hộ ven biển", T30, status="target"),
    fig("bảo đảm 100%", "100", 100, "percent", "%", "chiều dài bờ biển có đai rừng phía trước đê", T30, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bạc Liêu, tag '(BL)'): kè mềm and mangrove planting against coastal erosion; byline and bare date '12/09/2024' at the end.",
    "'Từ năm 2020 đến nay' and 'Đến nay' end at the dateline. 'cao trình tăng thêm từ 0,3 đến 0,8 m' is the claim itself (a measure range, no change).",
    "'Con số này cao gấp gần 2 lần …' stands as its own sentence: a multiple. In the quote, 'Năm 2019' dates the old state, not the 100 m",
    "(which is 'giờ', now): no period; the quote is from huyện Hòa Bình (a district of Bạc Liêu) → location Hòa Bình.",
    "'Kế hoạch năm 2024' governs 120 ha and its kinh phí (target); 'đạt 61,7% kế hoạch' is the percent of the 74 ha.",
    "'Cống số 2', 'ấp Gò Cát', 'xã Vĩnh Hậu A' are names; 'Năm 2019' a date.",
]

if __name__ == "__main__":
    emit("p645-5", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Bạc Liêu")
