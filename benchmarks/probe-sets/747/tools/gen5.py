"""p747-5: Báo Quảng Trị (Party newspaper), rong câu in abandoned shrimp ponds."""
from lib import F, P, I, CH, emit

TEXT = """Rong câu “hồi sinh” vùng ao nuôi tôm bỏ hoang

(QT) - Sau nhiều năm nuôi tôm thua lỗ, gần 60 hộ dân ở xã Triệu Vân, huyện Triệu Phong đã chuyển sang thả rong câu chỉ vàng trên diện tích ao hồ bỏ hoang. Mô hình ít vốn, ít rủi ro này đang giúp nhiều gia đình có thu nhập ổn định.

Theo Phòng Nông nghiệp và PTNT huyện Triệu Phong, năm 2023 toàn huyện nuôi 85 ha rong câu, trong đó xã Triệu Vân 42 ha, xã Triệu Lăng 28 ha, xã Triệu An 15 ha. Mỗi năm người dân nuôi hai vụ, năng suất rong khô đạt 1,8 - 2 tấn/ha/vụ. Với giá thu mua 14.000 đồng/kg rong khô, mỗi ha cho lãi khoảng 40 triệu đồng/năm, cao hơn nhiều so với nuôi tôm quảng canh.

Anh Lê Văn Hùng ở thôn 5, xã Triệu Vân cho biết, gia đình anh thả 1,2 ha rong câu, mỗi vụ thu khoảng 2,3 tấn rong khô, trừ chi phí còn lãi hơn 25 triệu đồng. "Rong câu dễ nuôi, ít tốn công chăm sóc, lại không lo dịch bệnh như con tôm", anh Hùng nói.

Toàn tỉnh Quảng Trị hiện có khoảng 230 ha nuôi rong câu, tập trung ở các huyện Triệu Phong (85 ha), Hải Lăng (70 ha), Gio Linh (45 ha) và Vĩnh Linh (30 ha). Năm 2023, sản lượng rong câu toàn tỉnh đạt khoảng 760 tấn khô, phần lớn bán cho các cơ sở chế biến agar ở Thừa Thiên Huế và Đà Nẵng.

Theo kế hoạch của Sở Nông nghiệp và PTNT, năm 2024 tỉnh phấn đấu mở rộng diện tích nuôi rong câu lên 300 ha; hỗ trợ 50% kinh phí mua giống, tối đa 10 triệu đồng/hộ.

MINH ANH
12/04/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TP = "Triệu Phong"

FIGS = [
    F("gần 60 hộ", "60", 60, "count", "hộ", "hộ dân chuyển sang thả rong câu chỉ vàng", approx="nearly", location=TP),
    F("nuôi 85 ha", "85", 85, "measure", "ha", "diện tích nuôi rong câu", Y23, location=TP),
    F("Triệu Vân 42 ha", "42", 42, "measure", "ha", "diện tích nuôi rong câu xã Triệu Vân", Y23, total=85, location=TP),
    F("Triệu Lăng 28 ha", "28", 28, "measure", "ha", "diện tích nuôi rong câu xã Triệu Lăng", Y23, total=85, location=TP),
    F("Triệu An 15 ha", "15", 15, "measure", "ha", "diện tích nuôi rong câu xã Triệu An", Y23, total=85, location=TP),
    F("nuôi hai vụ", "hai", 2, "count", "vụ", "số vụ nuôi rong câu mỗi năm", location=TP),
    F("1,8 - 2 tấn/ha/vụ", "1,8", 1.8, "measure", "tấn/ha/vụ", "năng suất rong câu khô", value_max=2, location=TP),
    F("14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá thu mua rong câu khô", location=TP),
    F("khoảng 40 triệu đồng/năm", "40", 40e6, "money", "đồng/năm", "lãi mỗi ha rong câu", approx="about", location=TP),
    F("thả 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích rong câu của gia đình anh Lê Văn Hùng", location=TP),
    F("khoảng 2,3 tấn", "2,3", 2.3, "measure", "tấn", "rong khô thu mỗi vụ", approx="about", location=TP),
    F("hơn 25 triệu đồng", "25", 25e6, "money", "đồng", "lãi mỗi vụ sau khi trừ chi phí", approx="over", location=TP),
    F("khoảng 230 ha", "230", 230, "measure", "ha", "diện tích nuôi rong câu", approx="about"),
    F("Triệu Phong (85 ha)", "85", 85, "measure", "ha", "diện tích nuôi rong câu", total=230, location=TP),
    F("Hải Lăng (70 ha)", "70", 70, "measure", "ha", "diện tích nuôi rong câu", total=230, location="Hải Lăng"),
    F("Gio Linh (45 ha)", "45", 45, "measure", "ha", "diện tích nuôi rong câu", total=230, location="Gio Linh"),
    F("Vĩnh Linh (30 ha)", "30", 30, "measure", "ha", "diện tích nuôi rong câu", total=230, location="Vĩnh Linh"),
    F("khoảng 760 tấn khô", "760", 760, "measure", "tấn khô", "sản lượng rong câu", Y23b, approx="about"),
    F("lên 300 ha", "300", 300, "measure", "ha", "diện tích nuôi rong câu", Y24, status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "tỷ lệ hỗ trợ kinh phí mua giống", Y24, status="target"),
    F("tối đa 10 triệu đồng/hộ", "10", 10e6, "money", "đồng/hộ", "mức hỗ trợ kinh phí mua giống", Y24,
      approx="at_most", status="target"),
]

COMMENTS = [
    "Báo Quảng Trị (Party newspaper, tag '(QT)', byline and bare date at the end): rong câu chỉ vàng in abandoned shrimp ponds, Triệu Phong.",
    "Distractors: '(QT)', 'thôn 5', byline 'MINH ANH', closing date '12/04/2024' (= published). Number word 'hai vụ' is a count.",
    "Commune parts '42/28/15 ha' follow 'trong đó' after 85 ha (total 85, location stays the district Triệu Phong).",
    "District list '(85 ha) … (30 ha)' right after 'khoảng 230 ha' adds up to it: total 230, each district its location.",
    "'Hiện có' gives no period. 'tối đa 10 triệu đồng/hộ' is at_most. 'phấn đấu' status continues over the ';' clause.",
]

if __name__ == "__main__":
    emit("p747-5", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Quảng Trị")
