from lib import *

ROWS = [
    ("TP Sóc Trăng", "Sóc Trăng", "18.640", "5.215", "1,42"),
    ("Thị xã Vĩnh Châu", "Vĩnh Châu", "6.372", "4.980", "0,86"),
    ("Huyện Mỹ Xuyên", "Mỹ Xuyên", "5.918", "4.406", "0,95"),
    ("Huyện Trần Đề", "Trần Đề", "4.207", "3.655", "1,18"),
]
table = "\n".join(f"{lab}\n{a}\n{b}\n{c}" for lab, _, a, b, c in ROWS)

TEXT = f"""CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Kinh tế
Tín dụng nông nghiệp, nông thôn chiếm hơn 61% tổng dư nợ
Đăng ngày 05-08-2024 14:02

(STO) - Theo Ngân hàng Nhà nước chi nhánh tỉnh Sóc Trăng, đến 30/6/2024, tổng dư nợ cho vay trên địa bàn đạt 62.480 tỷ đồng, tăng 3,9% so với cuối năm 2023; trong đó dư nợ cho vay nông nghiệp, nông thôn chiếm 61,2%. Tổng nguồn vốn huy động đạt 41.730 tỷ đồng, tăng 2,7%.

Dư nợ cho vay phân theo một số địa phương như sau:
Đơn vị tính: tỷ đồng
Địa phương
Dư nợ
Trong đó: nông nghiệp, nông thôn
Tỷ lệ nợ xấu (%)
{table}

Các huyện còn lại có dư nợ từ 1.900 đến 3.800 tỷ đồng mỗi huyện.

Cho vay theo chính sách phát triển thủy sản tại Nghị định 67/2014/NĐ-CP và Nghị định 116/2018/NĐ-CP đạt 1.246 tỷ đồng với 3.520 khách hàng. Chương trình tín dụng liên kết sản xuất lúa - tôm được 9 ngân hàng tham gia, cho vay hơn 860 tỷ đồng.

Lãi suất cho vay ngắn hạn bình quân ở mức 7,2%/năm; trung, dài hạn từ 8,5% đến 10,2%/năm. Dự kiến đến cuối năm 2024, dư nợ toàn địa bàn đạt khoảng 66.000 tỷ đồng.

Người dân có nhu cầu tư vấn vốn vay có thể liên hệ Phòng Thanh tra, giám sát ngân hàng, số 9 đường Trần Hưng Đạo, Phường 2, TP Sóc Trăng.

Thanh Tùng
"""

D30 = P("đến 30/6/2024", None, "2024-06-30")
D30i = P("đến 30/6/2024", None, "2024-06-30", inh=True)

FIGS = [
    F("hơn 61% tổng", "61", 61, "percent", "%", "Tín dụng nông nghiệp, nông thôn", approx="over"),
    F("đạt 62.480 tỷ đồng", "62.480", ty(62480), "money", "đồng", "tổng dư nợ cho vay trên địa bàn",
      change=ch("+", 3.9, baseline="cuối năm 2023"), period=D30),
    F("chiếm 61,2%", "61,2", 61.2, "percent", "%", "dư nợ cho vay nông nghiệp, nông thôn", period=D30),
    F("đạt 41.730 tỷ đồng", "41.730", ty(41730), "money", "đồng", "Tổng nguồn vốn huy động",
      change=ch("+", 2.7), period=D30i),
]
prev = "(%)"
for lab, loc, a, b, c in ROWS:
    FIGS.append(F(f"{lab}\n{a}\n", a, ty(float(a.replace('.', ''))), "money", "đồng", "Dư nợ",
                  location=loc, period=D30i))
    FIGS.append(F(f"{a}\n{b}\n", b, ty(float(b.replace('.', ''))), "money", "đồng",
                  "Dư nợ trong đó nông nghiệp, nông thôn", location=loc, period=D30i))
    FIGS.append(F(f"{b}\n{c}\n", c, float(c.replace(",", ".")), "percent", "%", "Tỷ lệ nợ xấu",
                  location=loc, period=D30i))

FIGS += [
    F("từ 1.900 đến 3.800 tỷ đồng", "1.900", ty(1900), "money", "đồng", "dư nợ mỗi huyện còn lại",
      value_max=ty(3800), period=D30i),
    F("đạt 1.246 tỷ đồng", "1.246", ty(1246), "money", "đồng", "Cho vay theo chính sách phát triển thủy sản",
      period=D30i),
    F("với 3.520 khách hàng", "3.520", 3520, "count", "khách hàng",
      "khách hàng vay theo chính sách phát triển thủy sản", period=D30i),
    F("được 9 ngân hàng", "9", 9, "count", "ngân hàng",
      "ngân hàng tham gia chương trình tín dụng liên kết sản xuất lúa - tôm", period=D30i),
    F("hơn 860 tỷ đồng", "860", ty(860), "money", "đồng", "cho vay chương trình tín dụng liên kết sản xuất lúa - tôm",
      approx="over", period=D30i),
    F("mức 7,2%/năm", "7,2", 7.2, "percent", "%", "Lãi suất cho vay ngắn hạn bình quân", period=D30i),
    F("từ 8,5% đến", "8,5", 8.5, "percent", "%", "Lãi suất cho vay trung, dài hạn", value_max=10.2,
      period=D30i),
    F("khoảng 66.000 tỷ đồng", "66.000", ty(66000), "money", "đồng", "dư nợ toàn địa bàn", approx="about",
      status="forecast", period=P("đến cuối năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Sóc Trăng (province portal), tag '(STO)'; dateline 'Đăng ngày 05-08-2024 14:02' (as h24).",
    "One-cell-per-line table with 'Đơn vị tính: tỷ đồng' and a '(%)' column: every numeric cell is a figure; the row label is a place,",
    "so it goes to location (TP Sóc Trăng -> Sóc Trăng, Vĩnh Châu, Mỹ Xuyên, Trần Đề) and the subject is the column label.",
    "Table period 'đến 30/6/2024' stands in the text above the table: inherited. Table cells get no total.",
    "Headline 'hơn 61%' has no period in its line (not scored). 'chiếm 61,2%' after 'trong đó' is a share figure (a percent has no whole in đồng).",
    "'từ 1.900 đến 3.800 tỷ đồng' range (value_max 3,8·10^12). 'Dự kiến đến cuối năm 2024 … khoảng 66.000 tỷ': forecast, about.",
    "Distractors: 'Nghị định 67/2014/NĐ-CP', 'Nghị định 116/2018/NĐ-CP', address 'số 9 đường Trần Hưng Đạo, Phường 2'.",
]

write(7, TEXT, COMMENTS, FIGS, published="2024-08-05", location="Sóc Trăng")
