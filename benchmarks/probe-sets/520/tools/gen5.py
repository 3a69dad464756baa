"""p520-5: Party newspaper (Báo Nghệ An), compensation for pigs culled for ASF in 2024, disbursement, byline + date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Nghệ An: Hơn 26 tỷ đồng hỗ trợ người chăn nuôi có lợn bị tiêu hủy

(Báo Nghệ An) - Năm 2024, dịch tả lợn châu Phi bùng phát tại nhiều địa phương trong tỉnh, gây thiệt hại lớn cho người chăn nuôi. Để khắc phục, tỉnh đã bố trí hơn 26 tỷ đồng từ ngân sách để hỗ trợ các hộ có lợn buộc tiêu hủy.

Theo Chi cục Chăn nuôi và Thú y Nghệ An, từ đầu năm đến hết tháng 10/2024, dịch bệnh đã xảy ra tại 284 xã, phường, thị trấn thuộc 20/21 huyện, thành, thị; tổng số lợn buộc tiêu hủy là 38.462 con, với trọng lượng trên 2.050 tấn. Các huyện Yên Thành, Diễn Châu và Quỳnh Lưu thiệt hại nặng nhất, với số lợn tiêu hủy lần lượt là 5.214 con, 4.870 con và 3.925 con.

Mức hỗ trợ được áp dụng theo Nghị quyết số 23/2022/NQ-HĐND: lợn thịt từ 35.000 đến 45.000 đồng/kg tùy theo trọng lượng, lợn nái 50.000 đồng/kg. Đến ngày 31/10/2024, các địa phương đã giải ngân 18,7 tỷ đồng, đạt 71,9% tổng kinh phí; trong đó ngân sách tỉnh 13,1 tỷ đồng, ngân sách huyện 5,6 tỷ đồng. Số hộ đã nhận tiền hỗ trợ là 3.140 hộ trên tổng số 4.026 hộ có lợn bị tiêu hủy.

Ông Phan Văn Hòa, Chi cục trưởng Chi cục Chăn nuôi và Thú y cho biết, nhờ cải tiến thủ tục, thời gian chi trả bình quân hiện còn khoảng 20 ngày, giảm 25 ngày so với năm 2023. Tuy nhiên, huyện Thanh Chương mới giải ngân được dưới 50% kinh phí do nhiều hộ chậm hoàn thiện hồ sơ.

Trong thời gian tới, tỉnh sẽ tiếp tục rà soát, bảo đảm người chăn nuôi nhận đủ tiền hỗ trợ trước ngày 15/12/2024, đồng thời hướng dẫn tái đàn an toàn.

Thế Hùng
05/11/2024
"""

OCT = P("từ đầu năm đến hết tháng 10/2024", "2024-01-01", "2024-10-31")
TO31 = P("Đến ngày 31/10/2024", None, "2024-10-31")

FIGS = [
    F("Hơn 26 tỷ đồng", "26", 26000000000, "money", "đồng", "kinh phí hỗ trợ người chăn nuôi có lợn bị tiêu hủy",
      approx="over"),
    F("bố trí hơn 26 tỷ đồng", "26", 26000000000, "money", "đồng",
      "kinh phí ngân sách bố trí hỗ trợ các hộ có lợn buộc tiêu hủy", P("Năm 2024", "2024-01-01", "2024-12-31", inh=True),
      approx="over"),
    F("tại 284 xã", "284", 284, "count", "xã, phường, thị trấn", "xã, phường, thị trấn xảy ra dịch bệnh", OCT),
    F("thuộc 20/21 huyện", "20", 20, "count", "huyện, thành, thị", "huyện, thành, thị xảy ra dịch bệnh", OCT, total=21),
    F("là 38.462 con", "38.462", 38462, "count", "con", "tổng số lợn buộc tiêu hủy", OCT),
    F("trên 2.050 tấn", "2.050", 2050, "measure", "tấn", "trọng lượng lợn buộc tiêu hủy", OCT, approx="over"),
    F("là 5.214 con", "5.214", 5214, "count", "con", "lợn tiêu hủy", I(OCT), location="Yên Thành"),
    F("4.870 con", "4.870", 4870, "count", "con", "lợn tiêu hủy", I(OCT), location="Diễn Châu"),
    F("3.925 con", "3.925", 3925, "count", "con", "lợn tiêu hủy", I(OCT), location="Quỳnh Lưu"),
    F("từ 35.000 đến 45.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "mức hỗ trợ lợn thịt", value_max=45000),
    F("nái 50.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "mức hỗ trợ lợn nái"),
    F("giải ngân 18,7 tỷ đồng", "18,7", 18700000000, "money", "đồng", "kinh phí hỗ trợ đã giải ngân", TO31, percent=71.9),
    F("tỉnh 13,1 tỷ đồng", "13,1", 13100000000, "money", "đồng", "kinh phí hỗ trợ giải ngân từ ngân sách tỉnh", TO31,
      total=18700000000),
    F("huyện 5,6 tỷ đồng", "5,6", 5600000000, "money", "đồng", "kinh phí hỗ trợ giải ngân từ ngân sách huyện", TO31,
      total=18700000000),
    F("là 3.140 hộ", "3.140", 3140, "count", "hộ", "hộ đã nhận tiền hỗ trợ", I(TO31), total=4026),
    F("khoảng 20 ngày", "20", 20, "measure", "ngày", "thời gian chi trả bình quân", approx="about",
      change=CH("decrease", 25, "ngày", baseline="năm 2023")),
    F("dưới 50% kinh phí", "50", 50, "percent", "%", "kinh phí hỗ trợ đã giải ngân", approx="under",
      location="Thanh Chương"),
]

COMMENTS = [
    "Báo Nghệ An (invented, Party paper): hỗ trợ lợn tiêu hủy do DTLCP năm 2024, giải ngân đến 31/10/2024. Byline + date at the end.",
    "'20/21 huyện' -> total 21. 'lần lượt là 5.214 con, 4.870 con và 3.925 con' map to Yên Thành, Diễn Châu, Quỳnh Lưu.",
    "'3.140 hộ trên tổng số 4.026 hộ' -> total 4026 (4.026 is not a figure of its own). 'ngân sách tỉnh/huyện' after 'trong đó' -> total 18,7 tỷ.",
    "'giảm 25 ngày so với năm 2023' is the change of 'khoảng 20 ngày'. 'huyện Thanh Chương mới giải ngân được dưới 50%' -> location",
    "Thanh Chương. Distractors: Nghị quyết số 23/2022/NQ-HĐND, 'ngày 15/12/2024', date line.",
]

if __name__ == "__main__":
    emit("p520-5", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Nghệ An")
