#!/usr/bin/env python3
"""p495-5: Party newspaper (Báo Bắc Giang) - thu hồi nợ đọng thuế, to end of 8/2024; byline and date at the end."""
from lib import fig, per, inh, chg, emit

TEXT = """Bắc Giang: Quyết liệt thu hồi nợ đọng thuế

(BGĐT) - Tính đến hết tháng 8/2024, tổng số tiền thuế nợ trên địa bàn tỉnh là 689 tỷ đồng, giảm 41 tỷ đồng so với đầu năm. Trong đó, nợ có khả năng thu 412 tỷ đồng; nợ chờ xử lý, nợ khó thu 277 tỷ đồng.

Nợ thuế tập trung chủ yếu ở khu vực doanh nghiệp ngoài quốc doanh, chiếm gần 70% tổng nợ, với khoảng 2.150 doanh nghiệp đang nợ thuế. Một số địa bàn có số nợ lớn là huyện Việt Yên (186,4 tỷ đồng), huyện Lạng Giang (97,2 tỷ đồng), huyện Yên Dũng (54,6 tỷ đồng). Có 32 doanh nghiệp nợ trên 1 tỷ đồng, với tổng số nợ 238 tỷ đồng; điển hình như Công ty CP Đầu tư và Xây dựng 568 (mã số thuế 2400381526) nợ 12,3 tỷ đồng.

Từ đầu năm đến nay, Cục Thuế tỉnh đã ban hành 3.846 quyết định cưỡng chế nợ thuế với số tiền 524 tỷ đồng, qua đó thu được 186 tỷ đồng. Cơ quan thuế cũng đề nghị tạm hoãn xuất cảnh đối với 57 người đại diện theo pháp luật của doanh nghiệp nợ thuế theo Điều 124 Luật Quản lý thuế số 38/2019/QH14.

Ông Nguyễn Văn Hưng, Phó Cục trưởng Cục Thuế tỉnh cho biết, đơn vị đã thành lập 6 tổ công tác thu nợ, giao chỉ tiêu đến từng công chức. Phấn đấu đến 31/12/2024, tổng nợ thuế không vượt quá 5% tổng thu ngân sách nhà nước (khoảng 620 tỷ đồng); riêng nợ có khả năng thu giảm ít nhất 30% so với thời điểm 31/8/2024.

Thanh Hương
14/09/2024
"""

ASOF = per("Tính đến hết tháng 8/2024", end="2024-08-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-14")
END = per("đến 31/12/2024", end="2024-12-31")

FIGS = [
    fig("là 689 tỷ đồng", "689", 689e9, "money", "đồng", "tổng số tiền thuế nợ trên địa bàn tỉnh", ASOF,
        change=chg("decrease", 41e9, "đồng", "đầu năm")),
    fig("thu 412 tỷ đồng", "412", 412e9, "money", "đồng", "nợ có khả năng thu", inh(ASOF), total=689e9),
    fig("khó thu 277 tỷ đồng", "277", 277e9, "money", "đồng", "nợ chờ xử lý, nợ khó thu", inh(ASOF), total=689e9),
    fig("chiếm gần 70% tổng nợ", "70", 70, "percent", "%",
        "nợ thuế khu vực doanh nghiệp ngoài quốc doanh trong tổng nợ", inh(ASOF), approx="nearly"),
    fig("khoảng 2.150 doanh nghiệp", "2.150", 2150, "count", "doanh nghiệp",
        "doanh nghiệp ngoài quốc doanh đang nợ thuế", inh(ASOF), approx="about"),
    fig("(186,4 tỷ đồng)", "186,4", 186.4e9, "money", "đồng", "số nợ thuế", inh(ASOF), location="Việt Yên"),
    fig("(97,2 tỷ đồng)", "97,2", 97.2e9, "money", "đồng", "số nợ thuế", inh(ASOF), location="Lạng Giang"),
    fig("(54,6 tỷ đồng)", "54,6", 54.6e9, "money", "đồng", "số nợ thuế", inh(ASOF), location="Yên Dũng"),
    fig("Có 32 doanh nghiệp", "32", 32, "count", "doanh nghiệp", "doanh nghiệp nợ trên 1 tỷ đồng", inh(ASOF)),
    fig("nợ trên 1 tỷ đồng", "1", 1e9, "money", "đồng", "số nợ", approx="over", optional=True),
    fig("nợ 238 tỷ đồng", "238", 238e9, "money", "đồng", "tổng số nợ của doanh nghiệp nợ trên 1 tỷ đồng", inh(ASOF)),
    fig("nợ 12,3 tỷ đồng", "12,3", 12.3e9, "money", "đồng", "số nợ thuế của Công ty CP Đầu tư và Xây dựng 568",
        inh(ASOF)),
    fig("ban hành 3.846 quyết định", "3.846", 3846, "count", "quyết định", "quyết định cưỡng chế nợ thuế", YTD),
    fig("số tiền 524 tỷ đồng", "524", 524e9, "money", "đồng", "số tiền cưỡng chế nợ thuế", YTD),
    fig("thu được 186 tỷ đồng", "186", 186e9, "money", "đồng", "tiền thuế nợ thu được qua cưỡng chế", YTD),
    fig("với 57 người", "57", 57, "count", "người",
        "người đại diện theo pháp luật của doanh nghiệp nợ thuế bị đề nghị tạm hoãn xuất cảnh", inh(YTD)),
    fig("thành lập 6 tổ công tác", "6", 6, "count", "tổ công tác", "tổ công tác thu nợ"),
    fig("không vượt quá 5%", "5", 5, "percent", "%", "tổng nợ thuế so với tổng thu ngân sách nhà nước", END,
        approx="at_most", status="target"),
    fig("(khoảng 620 tỷ đồng)", "620", 620e9, "money", "đồng", "tổng nợ thuế", END, approx="about", status="target"),
    fig("ít nhất 30%", "30", 30, "percent", "%", "nợ có khả năng thu", END, approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (Party newspaper, tag BGĐT): nợ đọng thuế to end of 8/2024, enforcement, targets to 31/12/2024. Byline and",
    "bare date '14/09/2024' at the end give published. Not figures: 'Công ty CP Đầu tư và Xây dựng 568', its mã số thuế,",
    "'Điều 124', 'Luật Quản lý thuế số 38/2019/QH14'. 'chiếm gần 70% tổng nợ' stands before the 2.150 (no figure before it): a percent",
    "figure. District items take the district as location. 'nợ trên 1 tỷ đồng' is a threshold (optional). 'Từ đầu năm đến nay' ends",
    "at the dateline. '(khoảng 620 tỷ đồng)' is the money equivalent of the 5% ceiling: its own figure, target. 'giảm ít nhất 30%'",
    "is a rate that is the claim (percent figure, no change). 'không vượt quá' read as at_most (like 'không quá').",
    "revised after the first run: verb 'giảm' dropped from the 30% subject (indicator only, as h14/h16).",
]

if __name__ == "__main__":
    emit("p495-5", TEXT, COMMENTS, FIGS, published="2024-09-14", location="Bắc Giang")
