from lib import F, P, build

TEXT = """BÁO NHÂN DÂN
Kinh tế | Chứng khoán

Ủy ban Chứng khoán Nhà nước xử phạt hơn 10,5 tỷ đồng trong 6 tháng đầu năm

THANH HÀ 08:15, 15/07/2024

6 tháng đầu năm 2024, Ủy ban Chứng khoán Nhà nước (UBCKNN) đã ban hành 118 quyết định xử phạt vi phạm hành chính đối với tổ chức, cá nhân, với tổng số tiền phạt 10,56 tỷ đồng, tăng 34,8% so với cùng kỳ năm 2023.

Trong số 118 quyết định, có 52 quyết định xử phạt công ty đại chúng, 31 quyết định đối với công ty chứng khoán và quỹ đầu tư, còn lại là cá nhân. Hành vi vi phạm phổ biến nhất vẫn là không công bố thông tin hoặc công bố không đúng thời hạn, chiếm khoảng 62% số quyết định.

Đáng chú ý, một nhà đầu tư cá nhân là ông Nguyễn Văn T. bị phạt 1,5 tỷ đồng và bị cấm giao dịch chứng khoán 5 năm do sử dụng 27 tài khoản để thao túng giá cổ phiếu, thu lợi bất chính hơn 3,2 tỷ đồng. Công ty cổ phần Chứng khoán Đà Nẵng Việt bị phạt 125 triệu đồng và bị đình chỉ hoạt động môi giới 3 tháng do cho khách hàng vay tiền mua chứng khoán trái quy định.

Mới đây, Công ty cổ phần Xây lắp Điện 386 bị phạt 92,5 triệu đồng do chậm công bố báo cáo tài chính năm 2023 đã kiểm toán. Mức phạt được áp dụng theo điểm b khoản 3 Điều 42 Nghị định số 156/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 128/2021/NĐ-CP.

Năm 2023, UBCKNN ban hành 254 quyết định xử phạt với tổng số tiền gần 28 tỷ đồng. Theo lãnh đạo UBCKNN, cơ quan này đặt kế hoạch thanh tra, kiểm tra khoảng 40 công ty chứng khoán trong 6 tháng cuối năm 2024, tập trung vào hoạt động cho vay ký quỹ và giao dịch của nhóm nhà đầu tư có liên quan.

Theo quy định, mức phạt tiền tối đa đối với tổ chức vi phạm là 3 tỷ đồng, đối với cá nhân là 1,5 tỷ đồng; trường hợp có thu lợi bất chính, mức phạt có thể lên tới 10 lần khoản thu lợi.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 10,5 tỷ", "10,5", 10.5e9, "money", "đồng", "tiền xử phạt của Ủy ban Chứng khoán Nhà nước", approx="over",
      period=P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("ban hành 118 quyết định", "118", 118, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", period=H1),
    F("phạt 10,56 tỷ", "10,56", 10.56e9, "money", "đồng", "tổng số tiền phạt",
      change={"direction": "increase", "value": 34.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("Trong số 118 quyết định", "118", 118, "count", "quyết định", optional=True),
    F("có 52 quyết định", "52", 52, "count", "quyết định", "quyết định xử phạt công ty đại chúng", total=118, period=H1i),
    F("31 quyết định", "31", 31, "count", "quyết định", "quyết định đối với công ty chứng khoán và quỹ đầu tư",
      total=118, period=H1i),
    F("khoảng 62%", "62", 62, "percent", "%", "hành vi không công bố thông tin hoặc công bố không đúng thời hạn",
      approx="about", period=H1i),
    F("bị phạt 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", "tiền phạt nhà đầu tư cá nhân"),
    F("chứng khoán 5 năm", "5", 5, "measure", "năm", optional=True),
    F("sử dụng 27 tài khoản", "27", 27, "count", "tài khoản", "tài khoản sử dụng để thao túng giá cổ phiếu"),
    F("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", "thu lợi bất chính", approx="over"),
    F("phạt 125 triệu", "125", 125e6, "money", "đồng", "tiền phạt Công ty cổ phần Chứng khoán Đà Nẵng Việt"),
    F("môi giới 3 tháng", "3", 3, "measure", "tháng", optional=True),
    F("phạt 92,5 triệu", "92,5", 92.5e6, "money", "đồng", "tiền phạt Công ty cổ phần Xây lắp Điện 386"),
    F("ban hành 254 quyết định", "254", 254, "count", "quyết định", "quyết định xử phạt", period=Y23),
    F("gần 28 tỷ", "28", 28e9, "money", "đồng", "tổng số tiền phạt", approx="nearly", period=Y23),
    F("khoảng 40 công ty", "40", 40, "count", "công ty chứng khoán", "công ty chứng khoán được thanh tra, kiểm tra",
      approx="about", status="target", period=P("trong 6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")),
    F("là 3 tỷ", "3", 3e9, "money", "đồng", optional=True),
    F("cá nhân là 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", optional=True),
    F("tới 10 lần", "10", 10, "multiple", "lần", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Nhân Dân style): State Securities Commission fines, first half of 2024. Byline before the dateline 'THANH HÀ 08:15, 15/07/2024'.",
    "Distractors: 'Công ty cổ phần Xây lắp Điện 386' (name), 'Đà Nẵng Việt' (place inside a company name: location stays Việt Nam), 'điểm b khoản 3 Điều 42',",
    "Nghị định số 156/2020/NĐ-CP, 128/2021/NĐ-CP, 'báo cáo tài chính năm 2023' (a report's year, not a period of the fine), 'ông Nguyễn Văn T.'.",
    "'Trong số 118 quyết định' repeats the whole (optional) and gives 52 and 31 total 118; 62% 'số quyết định' is a share with no count: percent figure.",
    "Individual cases ('Đáng chú ý', 'Mới đây') carry no period: the 6-month phrase is in another paragraph and the cases are not said to fall in it.",
    "Sanction durations (cấm giao dịch 5 năm, đình chỉ 3 tháng) and the legal ceilings (tối đa 3 tỷ / 1,5 tỷ, 10 lần) are rules, not facts about the period: optional.",
    "'đặt kế hoạch thanh tra, kiểm tra khoảng 40 công ty … trong 6 tháng cuối năm' is a plan: status target, period 2024-07-01..2024-12-31.",
]

if __name__ == "__main__":
    build("p235-5", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Việt Nam")
