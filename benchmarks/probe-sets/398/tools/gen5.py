from lib import F, P, CH, TG, emit

TEXT = """SỞ Y TẾ TỈNH BÌNH ĐỊNH
Ngày đăng: 21/08/2024 | Lượt xem: 1.108

Các bệnh viện đẩy mạnh thu viện phí không dùng tiền mặt

Thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh, đến nay 100% bệnh viện tuyến tỉnh và 11/11 trung tâm y tế huyện, thị xã, thành phố trên địa bàn tỉnh Bình Định đã kết nối với ngân hàng để thu viện phí qua mã QR, thẻ và ứng dụng ngân hàng.

Trong 7 tháng đầu năm 2024, các cơ sở y tế công lập thực hiện 286.400 giao dịch thanh toán viện phí không dùng tiền mặt với tổng giá trị khoảng 152,7 tỷ đồng, tăng 46% so với cùng kỳ năm 2023. Kết quả tại một số bệnh viện như sau:

Bệnh viện
Số giao dịch
Giá trị (triệu đồng)
Tỷ lệ so với tổng thu (%)
Bệnh viện Đa khoa tỉnh
84.215
61.380
48,2
Bệnh viện Đa khoa khu vực Bồng Sơn
21.764
12.905
35,6
Bệnh viện Mắt
9.530
4.118
52,4
Bệnh viện Y học cổ truyền và Phục hồi chức năng
6.342
2.567
29,8

Bệnh viện Đa khoa tỉnh là đơn vị đi đầu với tỷ lệ thu không dùng tiền mặt đạt 48,2%, cao hơn 13,5 điểm phần trăm so với năm 2023.

Tuy nhiên, tại các trạm y tế xã, tỷ lệ này mới đạt khoảng 8-10%, do phần lớn người bệnh là người cao tuổi và chi phí chủ yếu do quỹ BHYT chi trả. Mục tiêu năm 2025, tỷ lệ thu viện phí không dùng tiền mặt tại các bệnh viện công lập đạt tối thiểu 60%, tại trạm y tế xã đạt 30%.

Người dân cần hỗ trợ xin liên hệ đường dây nóng Sở Y tế: 0969.567.115.
"""

NOW = P("đến nay", None, "2024-08-21")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7_I = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31", inh=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đến nay 100% bệnh viện", "100", 100, "percent", "%",
      "bệnh viện tuyến tỉnh kết nối với ngân hàng để thu viện phí", NOW),
    F("11/11 trung tâm y tế", "11", 11, "count", "trung tâm y tế",
      "trung tâm y tế huyện, thị xã, thành phố kết nối với ngân hàng để thu viện phí", NOW, total=11),
    F("thực hiện 286.400 giao dịch", "286.400", 286400, "count", "giao dịch",
      "giao dịch thanh toán viện phí không dùng tiền mặt", M7),
    F("khoảng 152,7 tỷ đồng", "152,7", 152.7e9, "money", "đồng",
      "tổng giá trị thanh toán viện phí không dùng tiền mặt", M7, approx="about",
      change=CH("increase", 46, "%", "cùng kỳ năm 2023")),
]

ROWS = [
    ("Bệnh viện Đa khoa tỉnh", "84.215", "61.380", "48,2"),
    ("Bệnh viện Đa khoa khu vực Bồng Sơn", "21.764", "12.905", "35,6"),
    ("Bệnh viện Mắt", "9.530", "4.118", "52,4"),
    ("Bệnh viện Y học cổ truyền và Phục hồi chức năng", "6.342", "2.567", "29,8"),
]
for label, n, v, r in ROWS:
    FIGS.append(F(f"\n{n}\n", n, int(n.replace(".", "")), "count", "giao dịch",
                  f"Số giao dịch {label}", M7_I))
    FIGS.append(F(f"\n{v}\n", v, int(v.replace(".", "")) * 1e6, "money", "đồng",
                  f"Giá trị {label}", M7_I))
    FIGS.append(F(f"\n{r}\n", r, float(r.replace(",", ".")), "percent", "%",
                  f"Tỷ lệ so với tổng thu {label}", M7_I))

FIGS += [
    F("đạt 48,2%", "48,2", 48.2, "percent", "%",
      "tỷ lệ thu không dùng tiền mặt Bệnh viện Đa khoa tỉnh", M7_I,
      change=CH("increase", 13.5, "điểm phần trăm", "năm 2023")),
    F("khoảng 8-10%", "8", 8, "percent", "%",
      "tỷ lệ thu không dùng tiền mặt tại các trạm y tế xã", M7_I, value_max=10, approx="about"),
    F("tối thiểu 60%", "60", 60, "percent", "%",
      "tỷ lệ thu viện phí không dùng tiền mặt tại các bệnh viện công lập", Y25,
      approx="at_least", status="target"),
    F("đạt 30%", "30", 30, "percent", "%",
      "tỷ lệ thu viện phí không dùng tiền mặt tại trạm y tế xã", Y25, status="target"),
]

COMMENTS = [
    "Department site (Sở Y tế tỉnh Bình Định): viện phí không dùng tiền mặt; 'Ngày đăng: 21/08/2024 | Lượt xem: 1.108' (the count is page furniture).",
    "One-cell-per-line table: header 'Bệnh viện | Số giao dịch | Giá trị (triệu đồng) | Tỷ lệ so với tổng thu (%)'; every numeric cell is a figure,",
    "subject = column label + row label (hospitals are not places: 'Bồng Sơn' inside a hospital's name is no location); period from the text above (inherited).",
    "'đến nay' is an as-of phrase ending at the dateline (2024-08-21). 'tăng 46% so với cùng kỳ năm 2023' is the change of 152,7 tỷ.",
    "'đạt 48,2%, cao hơn 13,5 điểm phần trăm so với năm 2023': a percent with its change; 'năm 2023' is the baseline, not the period (inherited 7 tháng đầu năm 2024).",
    "'khoảng 8-10%' range (about). Targets 'Mục tiêu năm 2025 … tối thiểu 60% …, đạt 30%'. Distractors: Chỉ thị số 07/CT-UBND, hotline 0969.567.115.",
]

emit("p398-5", TEXT, COMMENTS, FIGS, published="2024-08-21", location="Bình Định")
