from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN DU - TỈNH BẮC NINH
Tin tức > Kinh tế - Xã hội
Thứ Năm, 11/04/2024 - 09:35

Tiên Du dừng táng mới tại 37 nghĩa trang nhỏ lẻ

Thực hiện Quy hoạch hệ thống nghĩa trang huyện Tiên Du đến năm 2030 được phê duyệt tại Quyết định số 1083/QĐ-UBND, tính đến hết quý I/2024, toàn huyện đã dừng táng mới tại 37/112 nghĩa trang nhân dân nhỏ lẻ, đạt 33% tổng số.

Theo quy hoạch, đến năm 2030 huyện sẽ hình thành 3 nghĩa trang tập trung với tổng diện tích khoảng 28,5 ha; trong đó nghĩa trang tại xã Phật Tích rộng 12,4 ha, nghĩa trang tại xã Hiên Vân và xã Cảnh Hưng lần lượt rộng 9,1 ha và 7 ha. Diện tích sử dụng đất cho mỗi phần mộ hung táng không quá 5 m².

Năm 2023, huyện đã hoàn thành giải phóng mặt bằng 5,6 ha tại nghĩa trang xã Phật Tích với kinh phí 42,75 tỷ đồng; hơn 1.300 ngôi mộ đã được di chuyển khỏi phạm vi dự án Đường tỉnh 276 về nơi an táng mới.

Công tác vận động hỏa táng tiếp tục chuyển biến rõ nét. Trong quý I/2024, toàn huyện có 318 người mất, trong đó 204 trường hợp được hỏa táng, chiếm 64,2%, tăng 11,5% so với cùng kỳ năm 2023. Ngoài mức hỗ trợ 2,5 triệu đồng/ca của tỉnh, huyện hỗ trợ thêm 3 triệu đồng/ca và miễn phí vận chuyển thi hài trong phạm vi 50 km.

Năm 2024, huyện phấn đấu dừng táng mới thêm hai mươi nghĩa trang nhỏ lẻ, nâng tỷ lệ hỏa táng toàn huyện lên từ 65 đến 70%.

Minh Hằng (Trung tâm VH-TT&TT huyện)

Địa chỉ: Số 2 đường Lý Thường Kiệt, thị trấn Lim, huyện Tiên Du. Điện thoại: 0222.3837.168
"""

ASOF = P("tính đến hết quý I/2024", None, "2024-03-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Tiên Du dừng táng mới tại 37", "37", 37, "count", "nghĩa trang", "nghĩa trang nhỏ lẻ dừng táng mới"),
    F("37/112", "37", 37, "count", "nghĩa trang", "nghĩa trang nhân dân nhỏ lẻ dừng táng mới", ASOF,
      total=112, percent=33),
    F("hình thành 3 nghĩa trang", "3", 3, "count", "nghĩa trang", "nghĩa trang tập trung", T30, status="target"),
    F("khoảng 28,5 ha", "28,5", 28.5, "measure", "ha", "tổng diện tích nghĩa trang tập trung", T30,
      approx="about", status="target"),
    F("rộng 12,4 ha", "12,4", 12.4, "measure", "ha", "diện tích nghĩa trang tại xã Phật Tích", T30,
      total=28.5, status="target"),
    F("rộng 9,1 ha", "9,1", 9.1, "measure", "ha", "diện tích nghĩa trang tại xã Hiên Vân", T30,
      total=28.5, status="target"),
    F("và 7 ha", "7", 7, "measure", "ha", "diện tích nghĩa trang tại xã Cảnh Hưng", T30,
      total=28.5, status="target"),
    F("không quá 5 m²", "5", 5, "measure", "m²", "diện tích sử dụng đất cho mỗi phần mộ hung táng", approx="at_most"),
    F("mặt bằng 5,6 ha", "5,6", 5.6, "measure", "ha", "diện tích giải phóng mặt bằng nghĩa trang xã Phật Tích", Y23),
    F("kinh phí 42,75 tỷ đồng", "42,75", 42.75e9, "money", "đồng", "kinh phí giải phóng mặt bằng", Y23),
    F("hơn 1.300 ngôi mộ", "1.300", 1300, "count", "ngôi mộ", "ngôi mộ được di chuyển về nơi an táng mới", Y23,
      approx="over"),
    F("có 318 người mất", "318", 318, "count", "người", "người mất", Q1),
    F("204 trường hợp", "204", 204, "count", "trường hợp", "trường hợp được hỏa táng", Q1, total=318, percent=64.2,
      change=CH("increase", 11.5, "%", "cùng kỳ năm 2023")),
    F("hỗ trợ 2,5 triệu đồng/ca", "2,5", 2.5e6, "money", "đồng/ca", "mức hỗ trợ hỏa táng của tỉnh",
      location="Bắc Ninh"),
    F("thêm 3 triệu đồng/ca", "3", 3e6, "money", "đồng/ca", "mức hỗ trợ hỏa táng thêm của huyện"),
    F("phạm vi 50 km", "50", 50, "measure", "km", "phạm vi miễn phí vận chuyển thi hài", optional=True),
    F("thêm hai mươi nghĩa trang", "hai mươi", 20, "count", "nghĩa trang", "nghĩa trang nhỏ lẻ dừng táng mới thêm", Y24,
      status="target"),
    F("từ 65 đến 70%", "65", 65, "percent", "%", "tỷ lệ hỏa táng toàn huyện", Y24, value_max=70, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Tiên Du (Bắc Ninh): quy hoạch nghĩa trang, dừng táng mới nghĩa trang nhỏ lẻ, hỏa táng quý I/2024 (invented).",
    "Distractors: 'Quyết định số 1083/QĐ-UBND', 'Đường tỉnh 276', 'Số 2 đường Lý Thường Kiệt', phone 0222.3837.168, weekday dateline.",
    "'đạt 33% tổng số' after 37/112 is its percent. The 3 planned cemeteries: status target (đến năm 2030 … sẽ hình thành), the parts",
    "after 'trong đó' (incl. the 'lần lượt' pair) take the whole 28,5 ha. Communes are not locations: the district stays.",
    "The province's support rate '2,5 triệu đồng/ca của tỉnh' is Bắc Ninh's. 'trong phạm vi 50 km' is a threshold: optional.",
]

if __name__ == "__main__":
    emit("p779-2", TEXT, COMMENTS, FIGS, published="2024-04-11", location="Tiên Du")
