import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Kiểm toán ngân sách địa phương

KTNN kiến nghị xử lý tài chính 186,4 tỷ đồng tại Hậu Giang

Nguyễn Lê | 22/08/2024 10:15
0 bình luận

(BKT) - Kiểm toán nhà nước khu vực V vừa công bố kết quả kiểm toán báo cáo quyết toán ngân sách địa phương năm 2023 của tỉnh Hậu Giang, do Tổ kiểm toán số 2 thực hiện từ ngày 15/4 đến ngày 14/6/2024.

Qua kiểm toán, KTNN kiến nghị xử lý tài chính 186,4 tỷ đồng, gồm tăng thu 12,8 tỷ đồng, giảm chi 35,6 tỷ đồng và các khoản khác 138 tỷ đồng. Số kiến nghị tăng 23,5% so với cuộc kiểm toán năm trước.

Theo Báo cáo kiểm toán, số chi chuyển nguồn sang năm 2024 của tỉnh lên tới 2.145 tỷ đồng, chiếm 19,8% tổng chi ngân sách địa phương. Số dư tạm ứng vốn đầu tư quá hạn chưa thu hồi còn 96,3 tỷ đồng, trong đó có 41,7 tỷ đồng đã kéo dài trên 5 năm. Tổng số nợ thuế đến 31/12/2023 là 214 tỷ đồng, tăng 11,2% so với cuối năm 2022.

Trong 27 dự án đầu tư được kiểm toán, có 9 dự án hoàn thành chậm lập hồ sơ quyết toán từ 12 đến 36 tháng. Tỷ lệ thực hiện kiến nghị kiểm toán của các năm trước tại tỉnh đạt 87,5%, cao hơn mức bình quân 82% của khu vực.

KTNN đề nghị UBND tỉnh chỉ đạo nộp ngân sách số tăng thu trước ngày 30/9/2024; thu hồi dứt điểm các khoản tạm ứng quá hạn trong năm 2024.

Báo Kiểm toán - Cơ quan ngôn luận của Kiểm toán nhà nước
111 Trần Duy Hưng, Cầu Giấy, Hà Nội"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    fig("xử lý tài chính 186,4 tỷ đồng tại", "186,4", 186.4e9, "money", "đồng", "kiến nghị xử lý tài chính"),
    fig("xử lý tài chính 186,4 tỷ đồng, gồm", "186,4", 186.4e9, "money", "đồng", "kiến nghị xử lý tài chính"),
    fig("tăng thu 12,8 tỷ", "12,8", 12.8e9, "money", "đồng", "kiến nghị tăng thu", total=186.4e9),
    fig("giảm chi 35,6 tỷ", "35,6", 35.6e9, "money", "đồng", "kiến nghị giảm chi", total=186.4e9),
    fig("khác 138 tỷ", "138", 138e9, "money", "đồng", "kiến nghị các khoản khác", total=186.4e9),
    fig("tăng 23,5% so với", "23,5", 23.5, "percent", "%", "số kiến nghị"),
    fig("lên tới 2.145 tỷ đồng", "2.145", 2145e9, "money", "đồng", "số chi chuyển nguồn sang năm 2024", inh(Y23), percent=19.8),
    fig("còn 96,3 tỷ đồng", "96,3", 96.3e9, "money", "đồng", "số dư tạm ứng vốn đầu tư quá hạn chưa thu hồi"),
    fig("có 41,7 tỷ đồng", "41,7", 41.7e9, "money", "đồng", "tạm ứng quá hạn kéo dài trên 5 năm", total=96.3e9),
    fig("trên 5 năm", "5", 5, "measure", "năm", approx="over", optional=True),
    fig("là 214 tỷ đồng", "214", 214e9, "money", "đồng", "tổng số nợ thuế", per("đến 31/12/2023", None, "2023-12-31"),
        change=chg("increase", 11.2, baseline="cuối năm 2022")),
    fig("Trong 27 dự án", "27", 27, "count", "dự án", "dự án đầu tư được kiểm toán"),
    fig("có 9 dự án", "9", 9, "count", "dự án", "dự án hoàn thành chậm lập hồ sơ quyết toán", total=27),
    fig("từ 12 đến 36 tháng", "12", 12, "measure", "tháng", "thời gian chậm lập hồ sơ quyết toán", value_max=36,
        optional=True),
    fig("đạt 87,5%", "87,5", 87.5, "percent", "%", "tỷ lệ thực hiện kiến nghị kiểm toán của các năm trước",
        ),
    fig("bình quân 82%", "82", 82, "percent", "%", "tỷ lệ thực hiện kiến nghị kiểm toán bình quân của khu vực",
        location=""),
]

COMMENTS = [
    "Báo Kiểm toán (national sector paper, byline + '22/08/2024 10:15', '0 bình luận'): KTNN khu vực V kiểm toán quyết toán NSĐP 2023 của Hậu Giang.",
    "Not figures: 'khu vực V', 'Tổ kiểm toán số 2', 'từ ngày 15/4 đến ngày 14/6/2024', 'trước ngày 30/9/2024', '0 bình luận', '111 Trần Duy Hưng', (BKT).",
    "The headline 186,4 tỷ and the lead's 186,4 tỷ are two figures; the 'gồm' parts (12,8 + 35,6 + 138 = 186,4) take it as total.",
    "'Số kiến nghị tăng 23,5% so với cuộc kiểm toán năm trước' stands in its own sentence: a percent figure (as shared h16), not a change of 186,4 tỷ.",
    "revised: 23,5% subject 'số kiến nghị so với cuộc kiểm toán năm trước' -> 'số kiến nghị' (the indicator; the baseline is not part of it, as h16).",
    "'Trong 27 dự án …, có 9 dự án …': total 27.",
    "Qualifiers of what is counted are optional: 'trên 5 năm' (age of the 41,7 tỷ advances), 'từ 12 đến 36 tháng' (delay of the 9 projects).",
    "'87,5%, cao hơn mức bình quân 82%': both are percent figures (a percent after another percent stands on its own; no gap is stated).",
    "Location Hậu Giang (the audited province); the 82% is the average of the KTNN region (not a province or district): location null.",
]

if __name__ == "__main__":
    emit("p478-8", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Hậu Giang")
