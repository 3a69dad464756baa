"""p943-2: district portal of Trấn Yên (Yên Bái), măng tre Bát Độ, Q1/2024."""
from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẤN YÊN - TỈNH YÊN BÁI
Tin tức - Sự kiện | Kinh tế
Thứ Hai, 15/04/2024 - 10:20

Trấn Yên: Măng tre Bát Độ được mùa, được giá

Huyện Trấn Yên hiện có 2.150 ha tre Bát Độ, trong đó diện tích cho thu hoạch măng là 1.860 ha, tập trung ở các xã Hồng Ca, Hưng Khánh, Lương Thịnh, Kiên Thành và Việt Hồng.

Quý I/2024, toàn huyện thu hoạch được 6.420 tấn măng tươi, tăng 12,5% so với cùng kỳ năm 2023, đạt 16,5% kế hoạch năm. Năng suất bình quân ước đạt 21 tấn/ha/năm. Giá măng tươi bán tại ruộng từ 3.500 - 4.500 đồng/kg; măng Bát Độ muối chua đóng túi có giá 25.000 đồng/kg.

Xã Hưng Khánh là địa phương có diện tích lớn nhất với 480 ha. Gia đình ông Hoàng Văn Sáu ở thôn 4 trồng 3 ha tre, mỗi năm thu về trên 250 triệu đồng từ măng.

Hiện trên địa bàn huyện có 3 hợp tác xã và 27 cơ sở thu mua, sơ chế măng, tạo việc làm cho hơn 650 lao động với thu nhập 5-6 triệu đồng/người/tháng. Măng của HTX Nông nghiệp Hồng Ca theo Quốc lộ 37 đi các tỉnh miền xuôi, bình quân 15-20 tấn/ngày.

Năm 2024, huyện phấn đấu sản lượng măng tươi đạt 39.000 tấn, giá trị đạt 150 tỷ đồng; trồng mới 120 ha tre Bát Độ, nâng tổng diện tích lên 2.270 ha. Thực hiện Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện, Trấn Yên tiếp tục hỗ trợ 50% giá cây giống cho các hộ trồng mới.

Thu Hà (Trung tâm Văn hóa - Thể thao - Truyền thông huyện)

Phòng Nông nghiệp và PTNT huyện Trấn Yên - Điện thoại: 0216.3825.116
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích tre Bát Độ"),
    F("là 1.860 ha", "1.860", 1860, "measure", "ha", "diện tích tre Bát Độ cho thu hoạch măng", total=2150),
    F("được 6.420 tấn", "6.420", 6420, "measure", "tấn", "măng tươi thu hoạch", Q1,
      change=C("increase", 12.5, baseline="cùng kỳ năm 2023"), percent=16.5),
    F("ước đạt 21 tấn/ha/năm", "21", 21, "measure", "tấn/ha/năm", "năng suất măng bình quân", status="estimate"),
    F("từ 3.500 - 4.500 đồng/kg", "3.500", 3500, "money", "đồng/kg", "giá măng tươi bán tại ruộng",
      value_max=4500),
    F("25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá măng Bát Độ muối chua đóng túi"),
    F("với 480 ha", "480", 480, "measure", "ha", "diện tích tre Bát Độ của xã Hưng Khánh"),
    F("trồng 3 ha tre", "3", 3, "measure", "ha", "diện tích tre của gia đình ông Hoàng Văn Sáu", optional=True),
    F("trên 250 triệu đồng", "250", 250e6, "money", "đồng/năm", "thu nhập từ măng của gia đình ông Hoàng Văn Sáu",
      approx="over"),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã thu mua, sơ chế măng"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở thu mua, sơ chế măng"),
    F("hơn 650 lao động", "650", 650, "count", "lao động", "lao động có việc làm từ thu mua, sơ chế măng",
      approx="over"),
    F("5-6 triệu đồng/người/tháng", "5", 5e6, "money", "đồng/người/tháng", "thu nhập của lao động",
      value_max=6e6),
    F("15-20 tấn/ngày", "15", 15, "measure", "tấn/ngày", "măng của HTX Nông nghiệp Hồng Ca đi các tỉnh miền xuôi",
      value_max=20),
    F("đạt 39.000 tấn", "39.000", 39000, "measure", "tấn", "sản lượng măng tươi", Y24, status="target"),
    F("đạt 150 tỷ đồng", "150", 150e9, "money", "đồng", "giá trị măng tươi", Y24, status="target"),
    F("trồng mới 120 ha", "120", 120, "measure", "ha", "diện tích tre Bát Độ trồng mới", Y24, status="target"),
    F("lên 2.270 ha", "2.270", 2270, "measure", "ha", "tổng diện tích tre Bát Độ", Y24, status="target"),
    F("hỗ trợ 50% giá", "50", 50, "percent", "%", "mức hỗ trợ giá cây giống cho các hộ trồng mới"),
]

NOTES = [
    "District portal of Trấn Yên (Yên Bái), invented. Dateline 'Thứ Hai, 15/04/2024 - 10:20'.",
    "Location: every figure is the district's (the commune Hưng Khánh and the household lie in Trấn Yên).",
    "Not figures: thôn 4, the name Hoàng Văn Sáu, Quốc lộ 37, Nghị quyết số 12-NQ/HU, phone 0216.3825.116.",
    "'3 ha' of the example household is its specification (optional); its income is a figure.",
    "'Năm 2024, huyện phấn đấu ...' governs the whole sentence to 2.270 ha: target.",
    "50% seed support is a standing policy ('tiếp tục hỗ trợ'): actual percent figure.",
]

if __name__ == "__main__":
    emit("p943-2", TEXT, FIGS, NOTES, published="2024-04-15", location="Trấn Yên")
