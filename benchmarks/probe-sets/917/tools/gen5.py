"""p917-5: Báo Sóc Trăng (Party newspaper), 2024 results of reintegration support; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Điểm tựa giúp người lầm lỗi làm lại cuộc đời

Những năm qua, công tác hỗ trợ người chấp hành xong án phạt tù tái hòa nhập cộng đồng trên địa bàn tỉnh Sóc Trăng được các cấp, các ngành quan tâm thực hiện, góp phần kéo giảm tình trạng tái phạm tội.

Theo Thượng tá Trần Văn Năm, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, năm 2024, toàn tỉnh có 612 người chấp hành xong án phạt tù trở về địa phương, trong đó 71 người được tha tù trước thời hạn có điều kiện. Đến cuối năm, đã có 468 người có việc làm, chiếm 76,5%; 39 người được hỗ trợ thủ tục đăng ký thường trú, cấp căn cước.

Toàn tỉnh hiện có 108 mô hình "Tổ tự quản giúp người lầm lỗi", tăng 14 mô hình so với năm 2023, thu hút gần 1.300 thành viên tham gia. Tỷ lệ tái phạm năm 2024 là 3,1%, thấp hơn mức bình quân chung của cả nước.

Anh Lâm Văn Tr. (ấp Hòa Đông, xã Vĩnh Hải, thị xã Vĩnh Châu) ra tù đầu năm 2023 sau 5 năm chấp hành án. Được Ngân hàng Chính sách xã hội cho vay 80 triệu đồng, anh thuê 3 công đất trồng hành tím, mỗi vụ thu khoảng 45 triệu đồng. "Nếu không có đồng vốn và sự động viên của bà con, tôi khó đứng dậy được", anh Tr. chia sẻ.

Năm 2025, tỉnh phấn đấu ít nhất 80% người chấp hành xong án phạt tù trở về có việc làm, giảm tỷ lệ tái phạm xuống dưới 3%; mỗi xã, phường, thị trấn duy trì ít nhất 1 mô hình hỗ trợ tái hòa nhập cộng đồng.

THANH TÂM
14/03/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
EOY = P("Đến cuối năm", None, "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
VC = "Vĩnh Châu"

FIGS = [
    F("có 612 người", "612", 612, "count", "người", "người chấp hành xong án phạt tù trở về địa phương", Y24),
    F("trong đó 71 người", "71", 71, "count", "người", "người được tha tù trước thời hạn có điều kiện", Y24,
      total=612),
    F("có 468 người", "468", 468, "count", "người", "người có việc làm", EOY, percent=76.5),
    F("39 người", "39", 39, "count", "người", "người được hỗ trợ thủ tục đăng ký thường trú, cấp căn cước", EOY),
    F("có 108 mô hình", "108", 108, "count", "mô hình", "mô hình \"Tổ tự quản giúp người lầm lỗi\"",
      change=C("increase", 14, "mô hình", "năm 2023")),
    F("gần 1.300 thành viên", "1.300", 1300, "count", "thành viên", "thành viên tham gia mô hình", approx="nearly"),
    F("là 3,1%", "3,1", 3.1, "percent", "%", "tỷ lệ tái phạm",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("sau 5 năm", "5", 5, "measure", "năm", "thời gian chấp hành án của anh Lâm Văn Tr.", location=VC, optional=True),
    F("vay 80 triệu đồng", "80", 80e6, "money", "đồng", "tiền vay Ngân hàng Chính sách xã hội của anh Lâm Văn Tr.",
      location=VC),
    F("3 công đất", "3", 3, "measure", "công đất", "đất thuê trồng hành tím", location=VC),
    F("khoảng 45 triệu đồng", "45", 45e6, "money", "đồng/vụ", "thu nhập mỗi vụ", location=VC, approx="about"),
    F("ít nhất 80%", "80", 80, "percent", "%", "người chấp hành xong án phạt tù trở về có việc làm", Y25,
      approx="at_least", status="target"),
    F("dưới 3%", "3", 3, "percent", "%", "tỷ lệ tái phạm", Y25, approx="under", status="target"),
    F("ít nhất 1 mô hình", "1", 1, "count", "mô hình", "mô hình hỗ trợ tái hòa nhập cộng đồng mỗi xã, phường, thị trấn",
      Y25, approx="at_least", status="target"),
]

NOTES = [
    "Party newspaper (Báo Sóc Trăng): byline THANH TÂM and bare date 14/03/2025 at the end; figures of the province (Sóc Trăng).",
    "'Đến cuối năm' takes 2024 from the earlier 'năm 2024' (as-of 2024-12-31); the 39 người continue that clause after ';'.",
    "The example of thị xã Vĩnh Châu gets location Vĩnh Châu; 'sau 5 năm chấp hành án' (a sentence length) is optional.",
    "'thấp hơn mức bình quân chung của cả nước' has no number. Distractors: Thượng tá Trần Văn Năm (name), 'đầu năm 2023'.",
    "'mỗi vụ thu khoảng 45 triệu đồng' → unit đồng/vụ. 'phấn đấu' governs all three 2025 figures (target).",
]

if __name__ == "__main__":
    write("p917-5", TEXT, NOTES, FIGS, published="2025-03-14", location="Sóc Trăng")
