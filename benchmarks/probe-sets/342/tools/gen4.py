from lib import F, P, emit

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Kinh tế | Thị trường

Kiểm tra, xử lý gần 1.100 vụ vi phạm trong lĩnh vực thương mại

PHƯƠNG LIỄU 10:35, 09/10/2024

(ĐN) - Từ đầu năm đến nay, Cục Quản lý thị trường tỉnh Đồng Nai đã kiểm tra 1.164 vụ, phát hiện và xử lý 1.087 vụ vi phạm, tăng 9,3% so với cùng kỳ năm 2023. Tổng số tiền thu nộp ngân sách nhà nước hơn 11,8 tỷ đồng, trong đó phạt vi phạm hành chính 7,64 tỷ đồng, trị giá hàng tịch thu và tiêu hủy khoảng 4,2 tỷ đồng.

Theo lĩnh vực, vi phạm về hàng cấm, hàng nhập lậu là 196 vụ; hàng giả, hàng xâm phạm quyền sở hữu trí tuệ 143 vụ; vi phạm về giá, ghi nhãn hàng hóa 312 vụ; kinh doanh hàng hóa không rõ nguồn gốc 278 vụ; còn lại là các vi phạm khác. Đáng chú ý, lực lượng chức năng đã tạm giữ hơn 25 nghìn sản phẩm mỹ phẩm, thực phẩm chức năng giả mạo nhãn hiệu tại một kho hàng trên địa bàn TP. Biên Hòa.

Riêng lĩnh vực thương mại điện tử, trong 9 tháng năm 2024, lực lượng quản lý thị trường đã kiểm tra 87 vụ, xử lý 74 vụ, phạt tiền 1,93 tỷ đồng, tăng gấp 2,4 lần so với cùng kỳ. Ông Nguyễn Văn Hùng, Cục trưởng cho biết, các vụ việc chủ yếu liên quan đến người bán trên mạng xã hội, trong khi hơn 60% người tiêu dùng được hỏi chưa biết cách lưu giữ chứng cứ giao dịch.

Quý IV/2024, Cục đặt chỉ tiêu kiểm tra không dưới 350 vụ, tập trung vào mặt hàng xăng dầu, phân bón, thực phẩm phục vụ Tết Nguyên đán Ất Tỵ 2025. Người dân phát hiện vi phạm có thể báo qua số điện thoại 0251.3822.570 hoặc Đội Quản lý thị trường số 2, số 1 Nguyễn Ái Quốc, phường Tân Tiến.
"""

TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-09")
TDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-09", inh=True)
N9 = P("trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("trong 9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("gần 1.100 vụ", "1.100", 1100, "count", "vụ vi phạm", "vụ vi phạm trong lĩnh vực thương mại được kiểm tra, xử lý",
      TDi, approx="nearly"),
    F("kiểm tra 1.164 vụ", "1.164", 1164, "count", "vụ", "vụ kiểm tra", TD),
    F("xử lý 1.087 vụ", "1.087", 1087, "count", "vụ vi phạm", "vụ vi phạm phát hiện và xử lý", TD,
      change={"direction": "increase", "value": 9.3, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("hơn 11,8 tỷ đồng", "11,8", 11800000000, "money", "đồng", "tổng số tiền thu nộp ngân sách nhà nước", TDi,
      approx="over"),
    F("hành chính 7,64 tỷ đồng", "7,64", 7640000000, "money", "đồng", "phạt vi phạm hành chính", TDi, total=11800000000),
    F("khoảng 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "trị giá hàng tịch thu và tiêu hủy", TDi,
      approx="about", total=11800000000),
    F("nhập lậu là 196 vụ", "196", 196, "count", "vụ", "vi phạm về hàng cấm, hàng nhập lậu", TDi),
    F("trí tuệ 143 vụ", "143", 143, "count", "vụ", "vi phạm hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", TDi),
    F("hàng hóa 312 vụ", "312", 312, "count", "vụ", "vi phạm về giá, ghi nhãn hàng hóa", TDi),
    F("nguồn gốc 278 vụ", "278", 278, "count", "vụ", "vi phạm kinh doanh hàng hóa không rõ nguồn gốc", TDi),
    F("hơn 25 nghìn sản phẩm", "25", 25000, "count", "sản phẩm",
      "sản phẩm mỹ phẩm, thực phẩm chức năng giả mạo nhãn hiệu tạm giữ", TDi, approx="over", location="Biên Hòa"),
    F("kiểm tra 87 vụ", "87", 87, "count", "vụ", "vụ kiểm tra lĩnh vực thương mại điện tử", N9),
    F("xử lý 74 vụ", "74", 74, "count", "vụ", "vụ xử lý lĩnh vực thương mại điện tử", N9),
    F("phạt tiền 1,93 tỷ đồng", "1,93", 1930000000, "money", "đồng", "phạt tiền lĩnh vực thương mại điện tử", N9,
      change={"direction": "increase", "value": 2.4, "unit": "lần", "baseline": "cùng kỳ"}),
    F("hơn 60% người tiêu dùng", "60", 60, "percent", "%",
      "người tiêu dùng được hỏi chưa biết cách lưu giữ chứng cứ giao dịch", N9i, approx="over"),
    F("không dưới 350 vụ", "350", 350, "count", "vụ", "vụ kiểm tra", P("Quý IV/2024", "2024-10-01", "2024-12-31"),
      approx="at_least", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Đồng Nai): market surveillance (Cục QLTT) inspections and fines, 9 months 2024. Byline + time + date 'PHƯƠNG LIỄU 10:35, 09/10/2024'.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. The headline figure takes it (inherited).",
    "'trong đó' after 'hơn 11,8 tỷ đồng': both money parts have total 11,8 tỷ. 'kiểm tra 1.164 vụ, ... xử lý 1.087 vụ' has no part-of cue.",
    "Violation list by field: items share 'vụ'; no total (no cue, and the breakdown is incomplete: 'còn lại ...'). 'hơn 25 nghìn' = 25000 at Biên Hòa.",
    "'tăng gấp 2,4 lần so với cùng kỳ' is the change of 1,93 tỷ (unit lần). 'hơn 60% người tiêu dùng được hỏi' is a survey share (period inherited).",
    "Distractors: '(ĐN)', 'Tết Nguyên đán Ất Tỵ 2025', phone 0251.3822.570, 'Đội Quản lý thị trường số 2', 'số 1 Nguyễn Ái Quốc', the director's name.",
]

emit("p342-4", TEXT, COMMENTS, FIGS, published="2024-10-09", location="Đồng Nai")
