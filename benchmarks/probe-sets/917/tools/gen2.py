"""p917-2: huyện Lục Nam (Bắc Giang) district portal, H1/2023: model 'Giúp người lầm lỗi', loans, jobs, recidivism."""
from lib import F, P, I, C, write

TEXT = """Cổng thông tin điện tử huyện Lục Nam
Tin tức > Nội chính - Pháp luật
Lục Nam nhân rộng mô hình "Giúp người lầm lỗi tái hòa nhập cộng đồng"
Thứ Năm, 22/06/2023 - 14:10

Sáng 21/6, Ban Chỉ đạo tái hòa nhập cộng đồng huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Theo báo cáo, trên địa bàn huyện hiện có 163 người chấp hành xong án phạt tù đang cư trú tại 25/25 xã, thị trấn; trong đó 19 người được tha tù trước thời hạn có điều kiện đang trong thời gian thử thách.

Trong 6 tháng, huyện tiếp nhận 38 người mới trở về, giảm 6 người so với cùng kỳ năm 2022. Đến nay, 17 xã, thị trấn đã thành lập mô hình "Giúp người lầm lỗi" với 214 thành viên; riêng xã Bảo Đài và xã Cương Sơn mỗi xã có trên 20 thành viên.

Cũng trong 6 tháng, 28 người được vay tổng số 1,65 tỷ đồng từ Ngân hàng Chính sách xã hội huyện để chăn nuôi, trồng vải thiều, buôn bán nhỏ; mức vay tối đa 100 triệu đồng/người. Điển hình như anh Giáp Văn T. (thôn 5, xã Cương Sơn) trở về từ Trại giam Ngọc Lý, được vay 50 triệu đồng nuôi 12 con lợn nái, nay mỗi năm thu lãi khoảng 120 triệu đồng.

Nhờ được quan tâm giúp đỡ, 137 người đã có việc làm, thu nhập ổn định, chiếm 84% tổng số; 9 hộ có thu nhập từ 150 đến 200 triệu đồng/năm. Năm 2022, toàn huyện có 2 trường hợp tái phạm tội; 6 tháng đầu năm 2023 chưa phát sinh trường hợp tái phạm.

Huyện phấn đấu đến hết năm 2023 có 100% xã, thị trấn duy trì hiệu quả mô hình, không để xảy ra tái phạm.

Thu Hà - Trung tâm VH-TT&TT huyện
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1b = P("Trong 6 tháng", "2023-01-01", "2023-06-30")
H1c = P("Cũng trong 6 tháng", "2023-01-01", "2023-06-30")
NOW = P("Đến nay", None, "2023-06-22")

FIGS = [
    F("hiện có 163 người", "163", 163, "count", "người", "người chấp hành xong án phạt tù đang cư trú"),
    F("25/25 xã", "25", 25, "count", "xã, thị trấn", "xã, thị trấn có người chấp hành xong án phạt tù cư trú", total=25),
    F("trong đó 19 người", "19", 19, "count", "người",
      "người được tha tù trước thời hạn có điều kiện đang trong thời gian thử thách", total=163),
    F("tiếp nhận 38 người", "38", 38, "count", "người", "người mới trở về được tiếp nhận", H1b,
      change=C("decrease", 6, "người", "cùng kỳ năm 2022")),
    F("17 xã", "17", 17, "count", "xã, thị trấn", "xã, thị trấn thành lập mô hình \"Giúp người lầm lỗi\"", NOW),
    F("với 214 thành viên", "214", 214, "count", "thành viên", "thành viên mô hình \"Giúp người lầm lỗi\"", NOW),
    F("trên 20 thành viên", "20", 20, "count", "thành viên", "thành viên mô hình mỗi xã", approx="over"),
    F("28 người", "28", 28, "count", "người", "người được vay vốn Ngân hàng Chính sách xã hội", H1c),
    F("1,65 tỷ đồng", "1,65", 1.65e9, "money", "đồng", "tổng số tiền cho vay", H1c),
    F("tối đa 100 triệu đồng/người", "100", 100e6, "money", "đồng/người", "mức vay tối đa", H1c, approx="at_most"),
    F("vay 50 triệu đồng", "50", 50e6, "money", "đồng", "tiền vay của anh Giáp Văn T."),
    F("12 con lợn nái", "12", 12, "count", "con lợn nái", "lợn nái anh Giáp Văn T. nuôi"),
    F("khoảng 120 triệu đồng", "120", 120e6, "money", "đồng/năm", "lãi mỗi năm của anh Giáp Văn T.", approx="about"),
    F("137 người", "137", 137, "count", "người", "người có việc làm, thu nhập ổn định", percent=84),
    F("9 hộ", "9", 9, "count", "hộ", "hộ có thu nhập từ 150 đến 200 triệu đồng/năm"),
    F("từ 150 đến 200 triệu", "150", 150e6, "money", "đồng/năm", "thu nhập của hộ", value_max=200e6),
    F("có 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp tái phạm tội",
      P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("100% xã", "100", 100, "percent", "%", "xã, thị trấn duy trì hiệu quả mô hình",
      P("đến hết năm 2023", None, "2023-12-31"), status="target"),
]

NOTES = [
    "District portal of Lục Nam (Bắc Giang): H1/2023 review of the 'Giúp người lầm lỗi' model. Location Lục Nam throughout (communes lie in it).",
    "'hiện có' gives no period; 'Đến nay' ends at the dateline. 'Trong 6 tháng' takes 2023 from the earlier '6 tháng đầu năm 2023'.",
    "The example person's loan, sows and profit are facts (required). 'giảm 6 người so với cùng kỳ' is a change in người.",
    "Distractors: 22/06/2023 - 14:10, Sáng 21/6, thôn 5, Trại giam Ngọc Lý, 'chưa phát sinh' (no number).",
]

if __name__ == "__main__":
    write("p917-2", TEXT, NOTES, FIGS, published="2023-06-22", location="Lục Nam")
