"""p1099-7: department site (Trung tâm Khuyến nông Hà Nội), no dateline; a tomato greenhouse demonstration model
with a table pasted one cell per line."""
from lib import F, P, I, C, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HÀ NỘI
TRUNG TÂM KHUYẾN NÔNG HÀ NỘI
Trang chủ > Khuyến nông > Mô hình trình diễn

Hiệu quả mô hình trồng cà chua trong nhà màng tại Đông Anh, Gia Lâm

Năm 2023, Trung tâm Khuyến nông Hà Nội triển khai mô hình trồng cà chua trong nhà màng với quy mô 3 ha tại 6 hợp tác xã thuộc huyện Đông Anh và Gia Lâm, thu hút 48 hộ tham gia. Trung tâm hỗ trợ 50% giống, phân bón và chế phẩm sinh học, tổng kinh phí hơn 1,2 tỷ đồng. Cây cà chua được trồng trên giá thể, tưới nhỏ giọt kết hợp bón phân tự động, kéo dài thời gian thu hoạch và giảm công lao động.

Kết quả so sánh giữa mô hình và sản xuất đại trà như sau:
Chỉ tiêu
Mô hình nhà màng
Sản xuất ngoài trời
Năng suất (tấn/ha/vụ)
62
35
Giá bán bình quân (nghìn đồng/kg)
16
9
Tổng chi phí (triệu đồng/ha/vụ)
610
240
Lợi nhuận (triệu đồng/ha/vụ)
382
75

Như vậy, lợi nhuận của mô hình cao gấp hơn 5 lần so với sản xuất ngoài trời. Sản phẩm được Công ty CP Nông sản Hà Nội 1 bao tiêu toàn bộ với giá ổn định.

Toàn thành phố hiện có khoảng 650 ha rau, quả trồng trong nhà màng, nhà lưới, chiếm 8,3% diện tích rau an toàn. Năm 2024, Trung tâm phấn đấu nhân rộng mô hình thêm 5 ha tại các huyện Mê Linh, Sóc Sơn.

Địa chỉ: Số 38 Tô Hiệu, phường Nguyễn Trãi, quận Hà Đông, Hà Nội
Điện thoại: 024.3382.6524 - Email: khuyennonghn@hanoi.gov.vn
Lượt truy cập: 1.284.377
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("quy mô 3 ha", "3", 3, "measure", "ha", "quy mô mô hình trồng cà chua trong nhà màng", period=Y23),
    F("tại 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã triển khai mô hình", period=Y23),
    F("thu hút 48 hộ", "48", 48, "count", "hộ", "hộ tham gia mô hình", period=Y23),
    F("hỗ trợ 50% giống", "50", 50, "percent", "%", "mức hỗ trợ giống, phân bón và chế phẩm sinh học",
      period=I(Y23)),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí hỗ trợ", approx="over", period=I(Y23)),
    # table, one cell per line; the model's year stands in the first paragraph
    F("(tấn/ha/vụ)\n62", "62", 62, "measure", "tấn/ha/vụ", "năng suất mô hình nhà màng", period=I(Y23)),
    F("62\n35", "35", 35, "measure", "tấn/ha/vụ", "năng suất sản xuất ngoài trời", period=I(Y23)),
    F("(nghìn đồng/kg)\n16", "16", 16000, "money", "đồng/kg", "giá bán bình quân mô hình nhà màng", period=I(Y23)),
    F("16\n9", "9", 9000, "money", "đồng/kg", "giá bán bình quân sản xuất ngoài trời", period=I(Y23)),
    F("(triệu đồng/ha/vụ)\n610", "610", 610e6, "money", "đồng/ha/vụ", "tổng chi phí mô hình nhà màng",
      period=I(Y23)),
    F("610\n240", "240", 240e6, "money", "đồng/ha/vụ", "tổng chi phí sản xuất ngoài trời", period=I(Y23)),
    F("(triệu đồng/ha/vụ)\n382", "382", 382e6, "money", "đồng/ha/vụ", "lợi nhuận mô hình nhà màng",
      period=I(Y23)),
    F("382\n75", "75", 75e6, "money", "đồng/ha/vụ", "lợi nhuận sản xuất ngoài trời", period=I(Y23)),
    F("gấp hơn 5 lần", "5", 5, "multiple", "lần", "lợi nhuận của mô hình so với sản xuất ngoài trời",
      approx="over"),
    F("khoảng 650 ha", "650", 650, "measure", "ha", "diện tích rau, quả trồng trong nhà màng, nhà lưới",
      approx="about", percent=8.3),
    F("thêm 5 ha", "5", 5, "measure", "ha", "diện tích nhân rộng mô hình", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Department site (Trung tâm Khuyến nông Hà Nội) with no dateline: published absent. Footer address, phone, e-mail and 'Lượt truy cập: 1.284.377' are furniture.",
    "Distractors: 'Số 38 Tô Hiệu', the phone, the visit counter, 'Công ty CP Nông sản Hà Nội 1' (a name with a number).",
    "Table pasted one cell per line: header cells 'Chỉ tiêu / Mô hình nhà màng / Sản xuất ngoài trời', then each row label and its two cells.",
    "Cell units and multipliers come from the row label: '(nghìn đồng/kg)' 16 = 16000 đồng/kg, '(triệu đồng/ha/vụ)' 610 = 610 000 000. Subject = row label + column label; period inherited from 'Năm 2023'.",
    "'lợi nhuận của mô hình cao gấp hơn 5 lần …' stands as its own claim: multiple, over. 'chiếm 8,3% diện tích rau an toàn' is the percent of 650 ha.",
    "Two districts (Đông Anh, Gia Lâm; Mê Linh, Sóc Sơn) are named together: the figures stay Hà Nội.",
]

if __name__ == "__main__":
    build("p1099-7", TEXT, FIGS, COMMENTS, published=None, location="Hà Nội")
