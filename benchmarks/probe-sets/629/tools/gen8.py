from lib import F, P, I, CH, emit

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ XÃ MỸ AN - HUYỆN MANG THÍT
Tin hoạt động | 05/09/2023 | Lượt truy cập: 45.218

Mỹ An chuyển đổi 42 lò gạch thủ công sang sản xuất gạch không nung và dịch vụ

Đến cuối tháng 8/2023, trên địa bàn xã còn 116 lò gạch, gốm đang hoạt động trên tổng số 187 lò được xây dựng trước đây, giảm 42 lò so với năm 2020. Trong 42 lò đã ngừng hoạt động, có 15 lò được cải tạo thành nhà xưởng sản xuất gạch không nung, 27 lò chuyển sang kinh doanh dịch vụ du lịch, trưng bày gốm.

8 tháng đầu năm 2023, các cơ sở trên địa bàn xã sản xuất khoảng 96 triệu viên gạch nung các loại, giảm 18% so với cùng kỳ; sản phẩm gốm đỏ đạt 1,9 triệu sản phẩm, trong đó xuất khẩu sang Mỹ, Nhật Bản và các nước châu Âu khoảng 1,2 triệu sản phẩm, trị giá hơn 2,1 triệu USD. Sản lượng gạch không nung đạt 8,4 triệu viên, gấp 2,5 lần cùng kỳ.

Năm 2023, xã được huyện hỗ trợ 350 triệu đồng để chuyển đổi lò, mức hỗ trợ tối đa 30 triệu đồng/hộ. Thu nhập bình quân của lao động tại các lò khoảng 6,5 triệu đồng/người/tháng; toàn xã có 1.240 lao động làm việc trong nghề gạch, gốm, chiếm 21,5% tổng số lao động của xã.

Phấn đấu đến năm 2025, xã xóa bỏ hoàn toàn lò gạch thủ công, giữ lại tối đa 30 lò gốm phục vụ du lịch làng nghề; nâng tỷ lệ hộ có thu nhập từ du lịch làng nghề lên 15%.

Địa chỉ: ấp Phước Hậu, xã Mỹ An, huyện Mang Thít, tỉnh Vĩnh Long (cạnh Tỉnh lộ 902). Điện thoại: 0270.3841.209
"""

ASOF = P("Đến cuối tháng 8/2023", None, "2023-08-31")
M8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("chuyển đổi 42 lò", "42", 42, "count", "lò", "lò gạch thủ công chuyển đổi sang sản xuất gạch không nung và dịch vụ"),
    F("còn 116 lò", "116", 116, "count", "lò", "lò gạch, gốm đang hoạt động", ASOF,
      total=187, change=CH("decrease", 42, unit="lò", baseline="năm 2020")),
    F("Trong 42 lò", "42", 42, "count", "lò", "lò đã ngừng hoạt động", I(ASOF)),
    F("có 15 lò", "15", 15, "count", "lò", "lò được cải tạo thành nhà xưởng sản xuất gạch không nung", I(ASOF), total=42),
    F("27 lò", "27", 27, "count", "lò", "lò chuyển sang kinh doanh dịch vụ du lịch, trưng bày gốm", I(ASOF), total=42),
    F("khoảng 96 triệu viên", "96", 96000000, "count", "viên", "gạch nung các loại sản xuất", M8,
      approx="about", change=CH("decrease", 18, baseline="cùng kỳ")),
    F("đạt 1,9 triệu sản phẩm", "1,9", 1900000, "count", "sản phẩm", "sản phẩm gốm đỏ", M8),
    F("khoảng 1,2 triệu sản phẩm", "1,2", 1200000, "count", "sản phẩm", "sản phẩm gốm đỏ xuất khẩu", M8,
      approx="about", total=1900000),
    F("hơn 2,1 triệu USD", "2,1", 2100000, "money", "USD", "trị giá sản phẩm gốm đỏ xuất khẩu", M8, approx="over"),
    F("đạt 8,4 triệu viên", "8,4", 8400000, "count", "viên", "sản lượng gạch không nung", I(M8),
      change=CH("increase", 2.5, unit="lần", baseline="cùng kỳ")),
    F("hỗ trợ 350 triệu đồng", "350", 350000000, "money", "đồng", "kinh phí huyện hỗ trợ xã chuyển đổi lò", Y23),
    F("tối đa 30 triệu đồng/hộ", "30", 30000000, "money", "đồng/hộ", "mức hỗ trợ chuyển đổi lò", Y23, approx="at_most"),
    F("khoảng 6,5 triệu đồng/người/tháng", "6,5", 6500000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động tại các lò", approx="about"),
    F("có 1.240 lao động", "1.240", 1240, "count", "lao động", "lao động làm việc trong nghề gạch, gốm", percent=21.5),
    F("tối đa 30 lò", "30", 30, "count", "lò", "lò gốm giữ lại phục vụ du lịch làng nghề", T25,
      approx="at_most", status="target"),
    F("lên 15%", "15", 15, "percent", "%", "tỷ lệ hộ có thu nhập từ du lịch làng nghề", T25, status="target"),
]

COMMENTS = [
    "Probe 629-8. Commune portal (xã Mỹ An, huyện Mang Thít, Vĩnh Long), 'Tin hoạt động | 05/09/2023 | Lượt truy cập: 45.218': brick and pottery kilns.",
    "Location: the district Mang Thít (FIGURES.md names province, city or district as location levels; a commune is not one); foreign markets are not places.",
    "revised after the first run: default location was the commune 'Mỹ An'; changed to the district per the spec's location levels.",
    "'116 lò … trên tổng số 187 lò' → total 187 (not a figure); 'Trong 42 lò …, có 15 lò …, 27 lò' → parts of 42 (15+27 = 42).",
    "'gấp 2,5 lần cùng kỳ' after a figure = its change (lần), not a multiple. Headline '42 lò' is its own figure (no period).",
    "Not figures: dateline, 'Lượt truy cập: 45.218', 'ấp Phước Hậu', 'Tỉnh lộ 902', phone, 'tháng 8/2023', 'năm 2020'.",
]

if __name__ == "__main__":
    emit("p629-8", TEXT, COMMENTS, FIGS, published="2023-09-05", location="Mang Thít")
