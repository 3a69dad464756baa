from lib import *
T = """CỤC THỐNG KÊ TỈNH VĨNH PHÚC
Trang chủ > Tin tức - Sự kiện > Số liệu thống kê

Một số chỉ tiêu kinh tế chủ yếu tháng 3 và quý I/2025
Ngày đăng: 31/03/2025 | Lượt xem: 847

Quý I/2025, tình hình sản xuất kinh doanh trên địa bàn tỉnh Vĩnh Phúc có nhiều khởi sắc. Chỉ số sản xuất công nghiệp quý I ước tăng 9,46% so với cùng kỳ, trong đó tháng 3 ước tăng 21,3% so với tháng 2 do các doanh nghiệp đẩy mạnh sản xuất sau Tết Nguyên đán. Một số chỉ tiêu chủ yếu như sau:

Đơn vị tính: tỷ đồng

Chỉ tiêu

Ước tính tháng 3/2025

Cộng dồn quý I/2025

Quý I/2025 so với cùng kỳ (%)

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng

3.865,4

11.207,8

111,52

Thu ngân sách nhà nước

2.914

8.633

104,27

Vốn đầu tư thực hiện thuộc nguồn vốn ngân sách nhà nước do địa phương quản lý

418,6

1.012,3

118,05

Kim ngạch xuất khẩu (triệu USD)

412

1.186

107,9

Kim ngạch nhập khẩu (triệu USD)

357

1.043

105,6

Chỉ số giá tiêu dùng tháng 3/2025 giảm 0,18% so với tháng trước; bình quân quý I/2025 tăng 3,06% so với cùng kỳ. Trong quý, toàn tỉnh có 214 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.340 tỷ đồng, giảm 12,8% về số doanh nghiệp và tăng 6,4% về vốn so với cùng kỳ.

Nguồn: Cục Thống kê tỉnh Vĩnh Phúc. Số liệu tháng 3 là số ước tính, sẽ được cập nhật trong kỳ báo cáo sau.
"""
HDR = """Department site (Cục Thống kê tỉnh Vĩnh Phúc): chỉ tiêu chủ yếu tháng 3 và quý I/2025, 'Ngày đăng: 31/03/2025 | Lượt xem: 847'.
One-cell-per-line table (as h23): Đơn vị tính: tỷ đồng, overridden by '(triệu USD)' in the export/import row labels and by the '(%)' column.
Column 'Ước tính tháng 3/2025' = estimate; 'Cộng dồn quý I/2025' and the '(%)' column carry no status cue = actual.
'giảm 12,8% về số doanh nghiệp và tăng 6,4% về vốn': each change goes to the figure it names (count / capital).
Distractors: 'Lượt xem: 847', 'Tết Nguyên đán', baseline 'tháng 2', 'Số liệu tháng 3'."""
M3 = P("Ước tính tháng 3/2025", "2025-03-01", "2025-03-31")
Q1 = P("Cộng dồn quý I/2025", "2025-01-01", "2025-03-31")
QS = P("Quý I/2025 so với cùng kỳ (%)", "2025-01-01", "2025-03-31")
rows = [
 ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "đồng", 1e9, ["3.865,4", "11.207,8", "111,52"]),
 ("Thu ngân sách nhà nước", "đồng", 1e9, ["2.914", "8.633", "104,27"]),
 ("Vốn đầu tư thực hiện thuộc nguồn vốn ngân sách nhà nước do địa phương quản lý", "đồng", 1e9, ["418,6", "1.012,3", "118,05"]),
 ("Kim ngạch xuất khẩu", "USD", 1e6, ["412", "1.186", "107,9"]),
 ("Kim ngạch nhập khẩu", "USD", 1e6, ["357", "1.043", "105,6"]),
]
def num(s):
    return float(s.replace(".", "").replace(",", "."))
figs = [
 F("quý I ước tăng 9,46%", "9,46", 9.46, "percent", "%", "chỉ số sản xuất công nghiệp quý I so với cùng kỳ",
   P("quý I", "2025-01-01", "2025-03-31"), status="estimate"),
 F("tháng 3 ước tăng 21,3%", "21,3", 21.3, "percent", "%", "chỉ số sản xuất công nghiệp tháng 3 so với tháng 2",
   P("tháng 3", "2025-03-01", "2025-03-31"), status="estimate"),
]
for label, unit, mult, nums in rows:
    for i, n in enumerate(nums):
        a = "\n\n" + n + "\n\n"
        if i == 0:
            figs.append(F(a, n, round(num(n) * mult), "money", unit, label + " ước tính tháng 3/2025", M3, status="estimate"))
        elif i == 1:
            figs.append(F(a, n, round(num(n) * mult), "money", unit, label + " cộng dồn quý I/2025", Q1))
        else:
            figs.append(F(a, n, num(n), "percent", "%", label + " quý I/2025 so với cùng kỳ", QS))
figs += [
 F("tháng 3/2025 giảm 0,18%", "0,18", 0.18, "percent", "%", "chỉ số giá tiêu dùng tháng 3/2025 so với tháng trước",
   P("tháng 3/2025", "2025-03-01", "2025-03-31")),
 F("bình quân quý I/2025 tăng 3,06%", "3,06", 3.06, "percent", "%", "chỉ số giá tiêu dùng bình quân quý I/2025 so với cùng kỳ",
   P("bình quân quý I/2025", "2025-01-01", "2025-03-31")),
 F("có 214 doanh nghiệp", "214", 214, "count", "doanh nghiệp", "doanh nghiệp thành lập mới",
   P("Trong quý", "2025-01-01", "2025-03-31"), change=CH("decrease", 12.8, baseline="cùng kỳ")),
 F("đăng ký 2.340 tỷ đồng", "2.340", 2340000000000, "money", "đồng", "tổng vốn đăng ký",
   P("Trong quý", "2025-01-01", "2025-03-31"), change=CH("increase", 6.4, baseline="cùng kỳ")),
]
write("p459-3", T, HDR, figs, published="2025-03-31", location="Vĩnh Phúc")
