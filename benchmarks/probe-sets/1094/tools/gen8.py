"""p1094-8: provincial newspaper online (Báo Quảng Ngãi), huyện Bình Sơn sedge growing, 9 months 2023."""
from lib import F, write, period, year, inh, change, target

TEXT = """Báo Quảng Ngãi điện tử > Kinh tế > Nông nghiệp
Thứ Bảy, 14/10/2023, 10:25

Bình Sơn: Trồng cói lãi hơn 100 triệu đồng/ha

(Baoquangngai.vn)- 9 tháng đầu năm 2023, nông dân huyện Bình Sơn thu hoạch 2 vụ cói trên diện tích 215 ha, sản lượng đạt gần 2.600 tấn cói khô, tăng 7,4% so với cùng kỳ năm 2022. Cói được trồng nhiều ở các xã Bình Chánh, Bình Thạnh, Bình Dương với diện tích lần lượt là 70 ha, 62 ha và 45 ha.

Năng suất bình quân mỗi vụ đạt 6 tấn/ha. Giá cói khô được thương lái thu mua 14.000 - 16.000 đồng/kg; trừ chi phí, cây cói cho lãi hơn 100 triệu đồng/ha/năm. Theo Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh Quảng Ngãi, nông dân chuyển đất lúa kém hiệu quả sang trồng cói được hỗ trợ 2 triệu đồng/ha.

Toàn huyện có 1.260 hộ trồng cói, trong đó 310 hộ liên kết với Hợp tác xã Nông nghiệp Bình Chánh để bao tiêu sản phẩm. Mỗi năm, hợp tác xã thu mua bình quân 800 tấn cói. Huyện hiện có 4 cơ sở dệt chiếu, làm thảm, túi xách với 150 lao động, thu nhập 4,5 triệu đồng/người/tháng. 9 tháng, giá trị sản phẩm từ cói ước đạt 38 tỷ đồng, bằng 76% kế hoạch năm.

Ông Phạm Văn Năm, Phó Chủ tịch UBND huyện Bình Sơn cho biết, dự kiến cả năm 2023 sản lượng cói đạt khoảng 3.400 tấn. Đến năm 2025, huyện phấn đấu mở rộng diện tích cói lên 250 ha, trong đó 100 ha đạt tiêu chuẩn VietGAP; hình thành vùng nguyên liệu tập trung dọc Quốc lộ 1A và Khu kinh tế Dung Quất.

Thanh Nhị
"""

M9 = period("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9s = period("9 tháng", "2023-01-01", "2023-09-30")
Y23 = period("cả năm 2023", "2023-01-01", "2023-12-31")
T25 = period("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("lãi hơn 100 triệu đồng/ha\n", "100", 100e6, "money", "đồng/ha", "lãi trồng cói", approx="over"),
    F("thu hoạch 2 vụ", "2", 2, "count", "vụ", "vụ cói thu hoạch", period=M9),
    F("diện tích 215 ha", "215", 215, "measure", "ha", "diện tích cói", period=M9),
    F("gần 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng cói khô", approx="nearly",
      change=change("increase", 7.4, "%", "cùng kỳ năm 2022"), period=M9),
    F("lần lượt là 70 ha", "70", 70, "measure", "ha", "diện tích cói", period=inh(M9)),
    F("70 ha, 62 ha", "62", 62, "measure", "ha", "diện tích cói", period=inh(M9)),
    F("và 45 ha", "45", 45, "measure", "ha", "diện tích cói", period=inh(M9)),
    F("đạt 6 tấn/ha", "6", 6, "measure", "tấn/ha", "năng suất bình quân mỗi vụ"),
    F("14.000 - 16.000", "14.000", 14000, "money", "đồng/kg", "giá cói khô thương lái thu mua", value_max=16000),
    F("hơn 100 triệu đồng/ha/năm", "100", 100e6, "money", "đồng/ha/năm", "lãi cây cói", approx="over"),
    F("hỗ trợ 2 triệu", "2", 2e6, "money", "đồng/ha", "hỗ trợ chuyển đất lúa kém hiệu quả sang trồng cói", location="Quảng Ngãi"),
    F("có 1.260 hộ", "1.260", 1260, "count", "hộ", "hộ trồng cói"),
    F("đó 310 hộ", "310", 310, "count", "hộ", "hộ liên kết với Hợp tác xã Nông nghiệp Bình Chánh", total=1260),
    F("bình quân 800 tấn", "800", 800, "measure", "tấn", "cói hợp tác xã thu mua mỗi năm"),
    F("có 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở dệt chiếu, làm thảm, túi xách"),
    F("với 150 lao động", "150", 150, "count", "lao động", "lao động cơ sở dệt chiếu, làm thảm, túi xách"),
    F("thu nhập 4,5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", "thu nhập lao động"),
    F("ước đạt 38 tỷ đồng", "38", 38e9, "money", "đồng", "giá trị sản phẩm từ cói", percent=76, status="estimate", period=M9s),
    F("khoảng 3.400 tấn", "3.400", 3400, "measure", "tấn", "sản lượng cói", approx="about", status="forecast", period=Y23),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích cói", status="target", period=T25),
    F("đó 100 ha", "100", 100, "measure", "ha", "diện tích cói đạt tiêu chuẩn VietGAP", total=250, status="target", period=T25),
]

NOTES = [
    "Báo Quảng Ngãi online: headline figure, dateline 'Thứ Bảy, 14/10/2023, 10:25', tag '(Baoquangngai.vn)-'; huyện Bình Sơn, 9 months 2023.",
    "Communes Bình Chánh, Bình Thạnh, Bình Dương (the last shares a province's name) keep the district Bình Sơn as location; the list",
    "'lần lượt là 70 ha, 62 ha và 45 ha' shares the indicator 'diện tích cói' (no total: 177 ≠ 215 and no part-of cue).",
    "The provincial support rate of the HĐND resolution is Quảng Ngãi. '9 tháng' in the value sentence takes 2023 from the lead.",
    "Distractors: Nghị quyết số 12/2021/NQ-HĐND, Phạm Văn Năm (name), Quốc lộ 1A, Khu kinh tế Dung Quất, dateline/time.",
]

if __name__ == "__main__":
    write("p1094-8", TEXT, FIGS, published="2023-10-14", location="Bình Sơn", notes=NOTES)
