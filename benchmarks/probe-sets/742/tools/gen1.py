"""p742-1: province portal (Bình Định), charity kitchens 2023."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bình Định: Hơn 1,2 triệu suất ăn miễn phí đến với bệnh nhân nghèo

Cập nhật: 15/01/2024 08:30 | Lượt xem: 3.482

Năm 2023, các bếp ăn từ thiện trên địa bàn tỉnh Bình Định đã phục vụ hơn 1,2 triệu suất ăn miễn phí cho bệnh nhân nghèo và người nhà bệnh nhân, tăng 18,5% so với năm 2022.

Theo Hội Chữ thập đỏ tỉnh, toàn tỉnh hiện có 14 bếp ăn từ thiện đang hoạt động, trong đó 9 bếp đặt tại các bệnh viện tuyến tỉnh và 5 bếp tại trung tâm y tế tuyến huyện. Riêng bếp ăn tại Bệnh viện Đa khoa tỉnh (số 106 Nguyễn Huệ, TP Quy Nhơn) mỗi ngày nấu khoảng 1.500 suất cơm, cháo và sữa.

Tổng kinh phí vận động trong năm đạt 18,7 tỷ đồng, bằng 124,7% kế hoạch; trong đó tiền mặt 11,2 tỷ đồng, hiện vật quy đổi 7,5 tỷ đồng. Hiện vật tiếp nhận gồm 265 tấn gạo, 42 tấn rau củ quả và 18.600 lít sữa. Có 1.250 tình nguyện viên tham gia nấu, phát cơm thường xuyên, tăng 210 người so với năm trước.

Các địa phương phục vụ nhiều suất ăn nhất là TP Quy Nhơn (612.000 suất), thị xã An Nhơn (145.000 suất) và huyện Phù Mỹ (98.500 suất). Chi phí bình quân khoảng 15.000 đồng/suất.

Năm 2024, Hội Chữ thập đỏ tỉnh phấn đấu vận động 20 tỷ đồng, duy trì 100% bếp ăn hiện có và mở thêm 3 bếp ăn tại các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh.

Mọi đóng góp xin liên hệ Văn phòng Hội, số 02 Trần Phú, TP Quy Nhơn; điện thoại 0256.3822.115.

Tin liên quan:
- Hội nghị Ban Chấp hành Hội Chữ thập đỏ tỉnh lần thứ 5, khóa X
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1,2 triệu suất ăn miễn phí đến", "1,2", 1_200_000, "count", "suất ăn",
      "suất ăn miễn phí đến với bệnh nhân nghèo", I(Y23), approx="over"),
    F("phục vụ hơn 1,2 triệu suất ăn", "1,2", 1_200_000, "count", "suất ăn",
      "suất ăn miễn phí các bếp ăn từ thiện phục vụ cho bệnh nhân nghèo và người nhà bệnh nhân", Y23,
      approx="over", change=CH("increase", 18.5, "%", "năm 2022")),
    F("hiện có 14 bếp ăn", "14", 14, "count", "bếp ăn", "bếp ăn từ thiện đang hoạt động"),
    F("trong đó 9 bếp", "9", 9, "count", "bếp", "bếp ăn từ thiện đặt tại các bệnh viện tuyến tỉnh", total=14),
    F("và 5 bếp tại", "5", 5, "count", "bếp", "bếp ăn từ thiện tại trung tâm y tế tuyến huyện", total=14),
    F("khoảng 1.500 suất cơm", "1.500", 1500, "count", "suất cơm",
      "suất cơm, cháo và sữa bếp ăn tại Bệnh viện Đa khoa tỉnh nấu mỗi ngày", approx="about"),
    F("đạt 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "tổng kinh phí vận động",
      P("trong năm", "2023-01-01", "2023-12-31", inh=True), percent=124.7),
    F("tiền mặt 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "kinh phí vận động bằng tiền mặt",
      I(Y23), total=18.7e9),
    F("quy đổi 7,5 tỷ đồng", "7,5", 7.5e9, "money", "đồng", "kinh phí vận động bằng hiện vật quy đổi",
      I(Y23), total=18.7e9),
    F("gồm 265 tấn gạo", "265", 265, "measure", "tấn", "gạo tiếp nhận", I(Y23)),
    F("42 tấn rau", "42", 42, "measure", "tấn", "rau củ quả tiếp nhận", I(Y23)),
    F("18.600 lít sữa", "18.600", 18600, "measure", "lít", "sữa tiếp nhận", I(Y23)),
    F("Có 1.250 tình nguyện viên", "1.250", 1250, "count", "tình nguyện viên",
      "tình nguyện viên tham gia nấu, phát cơm thường xuyên", I(Y23),
      change=CH("increase", 210, "người", "năm trước")),
    F("Quy Nhơn (612.000 suất)", "612.000", 612000, "count", "suất", "suất ăn phục vụ", I(Y23),
      location="Quy Nhơn"),
    F("An Nhơn (145.000 suất)", "145.000", 145000, "count", "suất", "suất ăn phục vụ", I(Y23),
      location="An Nhơn"),
    F("Phù Mỹ (98.500 suất)", "98.500", 98500, "count", "suất", "suất ăn phục vụ", I(Y23),
      location="Phù Mỹ"),
    F("khoảng 15.000 đồng/suất", "15.000", 15000, "money", "đồng/suất", "chi phí bình quân mỗi suất ăn",
      approx="about"),
    F("vận động 20 tỷ đồng", "20", 20e9, "money", "đồng", "kinh phí Hội Chữ thập đỏ tỉnh vận động", Y24,
      status="target"),
    F("duy trì 100% bếp ăn", "100", 100, "percent", "%", "bếp ăn hiện có được duy trì", Y24, status="target"),
    F("thêm 3 bếp ăn", "3", 3, "count", "bếp ăn", "bếp ăn mở thêm tại các huyện miền núi", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Định: bếp ăn từ thiện năm 2023 (suất ăn, bếp, kinh phí, hiện vật, tình nguyện viên), kế hoạch 2024.",
    "Breadcrumb, 'Cập nhật: 15/01/2024 08:30' is the dateline; 'Lượt xem: 3.482', addresses (số 106 Nguyễn Huệ, số 02 Trần Phú),",
    "the phone number and 'lần thứ 5, khóa X' are not figures. Headline and later sentences take the lead's 'Năm 2023' as inherited.",
    "The 265 tấn / 42 tấn / 18.600 lít after 'Hiện vật tiếp nhận gồm' have no whole figure (the 7,5 tỷ đồng is money), so no total.",
    "City/district items in brackets go to location; the hospital's address (TP Quy Nhơn) does not make the 1.500 suất a city figure.",
]

if __name__ == "__main__":
    emit("p742-1", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Bình Định")
