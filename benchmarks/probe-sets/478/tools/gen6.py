import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Kinh doanh › Vĩ mô
Thứ năm, 14/11/2024, 06:30 (GMT+7)
14 địa phương nợ quá hạn hơn 1.200 tỷ đồng vốn vay lại

Tính đến cuối tháng 10/2024, 14 địa phương còn nợ quá hạn các khoản vay lại vốn vay nước ngoài của Chính phủ với tổng số gần 1.215 tỷ đồng, theo Bộ Tài chính.

Trong đó, nợ gốc quá hạn khoảng 986 tỷ đồng, lãi và phí quá hạn 229 tỷ đồng. Các địa phương có số nợ quá hạn lớn gồm Sơn La (312 tỷ đồng), Quảng Ngãi (205 tỷ đồng) và Hà Giang (147 tỷ đồng). Số nợ quá hạn này gấp 1,5 lần cùng thời điểm năm 2023.

Theo Bộ Tài chính, đến 31/10/2024, tổng dư nợ vay lại của chính quyền địa phương khoảng 64.300 tỷ đồng, giảm khoảng 3.100 tỷ đồng so với đầu năm. Dự toán bội chi ngân sách địa phương năm 2024 được Quốc hội quyết định là 23.900 tỷ đồng, song 10 tháng các địa phương mới giải ngân được 38,2% số vốn vay lại.

Luật Ngân sách nhà nước quy định mức dư nợ vay tối đa của địa phương có số thu được hưởng theo phân cấp lớn hơn chi thường xuyên là 30% số thu được hưởng, các địa phương còn lại là 20%.

Ông Nguyễn Quang Vinh, Phó cục trưởng Cục Quản lý nợ và Kinh tế đối ngoại, cho biết nhiều dự án như Dự án Phát triển đô thị dọc hành lang tiểu vùng sông Mê Kông lần thứ 2 chậm hoàn tất thủ tục, khiến địa phương chưa bố trí đủ vốn đối ứng. Bộ đã có văn bản đôn đốc 14 địa phương, đề nghị trả dứt điểm nợ quá hạn trước ngày 31/12.

Anh Minh"""

AS = per("Tính đến cuối tháng 10/2024", None, "2024-10-31")
FIGS = [
    fig("14 địa phương nợ quá hạn", "14", 14, "count", "địa phương", "địa phương nợ quá hạn vốn vay lại"),
    fig("hơn 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "nợ quá hạn vốn vay lại", approx="over"),
    fig("2024, 14 địa phương", "14", 14, "count", "địa phương",
        "địa phương còn nợ quá hạn các khoản vay lại vốn vay nước ngoài của Chính phủ", AS),
    fig("gần 1.215 tỷ đồng", "1.215", 1215e9, "money", "đồng",
        "nợ quá hạn các khoản vay lại vốn vay nước ngoài của Chính phủ", AS, approx="nearly"),
    fig("khoảng 986 tỷ đồng", "986", 986e9, "money", "đồng", "nợ gốc quá hạn", inh(AS), approx="about", total=1215e9),
    fig("quá hạn 229 tỷ đồng", "229", 229e9, "money", "đồng", "lãi và phí quá hạn", inh(AS), total=1215e9),
    fig("(312 tỷ đồng)", "312", 312e9, "money", "đồng", "số nợ quá hạn", inh(AS), location="Sơn La"),
    fig("(205 tỷ đồng)", "205", 205e9, "money", "đồng", "số nợ quá hạn", inh(AS), location="Quảng Ngãi"),
    fig("(147 tỷ đồng)", "147", 147e9, "money", "đồng", "số nợ quá hạn", inh(AS), location="Hà Giang"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số nợ quá hạn so với cùng thời điểm năm 2023"),
    fig("khoảng 64.300 tỷ đồng", "64.300", 64300e9, "money", "đồng", "tổng dư nợ vay lại của chính quyền địa phương",
        per("đến 31/10/2024", None, "2024-10-31"), approx="about",
        change=chg("decrease", 3100e9, unit="đồng", baseline="đầu năm", approx="about")),
    fig("là 23.900 tỷ đồng", "23.900", 23900e9, "money", "đồng", "dự toán bội chi ngân sách địa phương",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("được 38,2% số vốn", "38,2", 38.2, "percent", "%", "giải ngân số vốn vay lại",
        per("10 tháng", "2024-01-01", "2024-10-31")),
    fig("là 30% số thu", "30", 30, "percent", "%", "mức dư nợ vay tối đa của địa phương có số thu được hưởng lớn hơn chi thường xuyên",
        approx="at_most", optional=True),
    fig("còn lại là 20%", "20", 20, "percent", "%", "mức dư nợ vay tối đa của các địa phương còn lại",
        approx="at_most", optional=True),
    fig("đôn đốc 14 địa phương", "14", 14, "count", "địa phương", "địa phương được đôn đốc trả nợ quá hạn", optional=True),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 14/11/2024, 06:30 (GMT+7)'): 14 địa phương nợ quá hạn vốn vay lại; dư nợ vay lại; borrowing caps.",
    "Not figures: (GMT+7), 'lần thứ 2' (project name), 'trước ngày 31/12', 'năm 2023' in the multiple's baseline, byline 'Anh Minh'.",
    "'Trong đó' parts (986 + 229 = 1.215) take total 1.215 tỷ; the province list after 'gồm' follows no figure (and does not add up): no total.",
    "'Số nợ quá hạn này gấp 1,5 lần …' stands alone as the claim: a multiple. The dự toán of bội chi is a plan figure: status target.",
    "'giảm khoảng 3.100 tỷ đồng so với đầu năm' is the change of 64.300 tỷ (money unit, value with the multiplier).",
    "Legal borrowing caps ('30% số thu…', '20%') restate a rule rather than a fact of the period: optional. The repeated '14 địa phương' in",
    "the last paragraph restates the lead: optional. Headline figures have no period phrase (unscored).",
]

if __name__ == "__main__":
    emit("p478-6", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Việt Nam")
